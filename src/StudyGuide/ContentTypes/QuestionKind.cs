namespace StudyGuide.ContentTypes;

/// <summary>
/// A kind of question (the <c>kind</c> of a bank), as data: its name, how its page titles the prompt
/// and the answer, and its own fields, in page order. Every question also has the common fields of
/// <see cref="QuestionFields"/>. The kind is also a value of the search's type filter.
/// </summary>
/// <param name="Name">The word in bank files (<c>kind: system-design</c>), the filter value and the table rows' <c>data-kind</c>.</param>
/// <param name="Label">How readers see the kind ("System design").</param>
/// <param name="PromptTitle">The heading of the prompt ("Problem", "Question").</param>
/// <param name="AnswerTitle">The heading of the answer ("Solution", "How to answer").</param>
public sealed record QuestionKind(string Name, string Label, string PromptTitle, string AnswerTitle, IReadOnlyList<Field> Fields)
{
    /// <summary>The same kind with one more field, after the others: how a field is added.</summary>
    public QuestionKind With(Field field) => this with { Fields = [.. Fields, field] };

    /// <summary>The kind's program field, if its questions carry a program.</summary>
    public CodeField? Code => Fields.OfType<CodeField>().FirstOrDefault();

    /// <summary>What the program prints, if the kind declares it.</summary>
    public OutputField? Output => Fields.OfType<OutputField>().FirstOrDefault();

    /// <summary>The keys a question of this kind has: the common ones first, the kind's own, then the common optional ones.</summary>
    public IReadOnlyList<Field> AllFields => [.. QuestionFields.Leading, .. Fields, .. QuestionFields.Trailing];
}
