using StudyGuide.CodeLanguages;
using StudyGuide.ContentTypes;

namespace StudyGuide.Content;

public enum Difficulty
{
    Easy,
    Medium,
    Hard,
}

/// <summary>A question bank from <c>input/banks/&lt;id&gt;.yml</c>.</summary>
public sealed record QuestionBank(
    string Id,
    Diagnostics.SourceLocation IdLocation,
    string SourcePath,
    string Title,
    MarkdownSource Description,
    QuestionKind Kind,
    IReadOnlyList<Question> Questions);

/// <summary>
/// One question. The fields every kind shares are typed here, because the engine uses them; the
/// kind's own fields are data (<see cref="Fields"/>, in the kind's order), except the program,
/// which the engine highlights, runs and verifies.
/// </summary>
/// <param name="IdLocation">Where the question's id is written, for errors and "edit this page" links.</param>
/// <param name="Code">The question's program: always there for kinds that require one, optional for others.</param>
/// <param name="Fields">The values of the kind's own fields that the file has, in the kind's order.</param>
public sealed record Question(
    string Id,
    string BankId,
    string SourcePath,
    Diagnostics.SourceLocation IdLocation,
    string Title,
    Difficulty Difficulty,
    IReadOnlyList<string> Topics,
    MarkdownSource Prompt,
    MarkdownSource Answer,
    IReadOnlyList<string> Related,
    IReadOnlyList<Diagnostics.SourceLocation> RelatedLocations,
    IReadOnlyList<MarkdownSource> FollowUps,
    QuestionKind Kind,
    CodeSample? Code,
    IReadOnlyList<FieldValue> Fields)
{
    /// <summary>A coding problem's category (<see cref="QuestionKinds.Category"/>), which the engine filters and groups by; null for other kinds.</summary>
    public CodingCategory? Category => Fields.OfType<CategoryValue>().Select(v => (CodingCategory?)v.Category).FirstOrDefault();

    /// <summary>The practice file of <paramref name="role"/> (<see cref="QuestionKinds.Starter"/>, <see cref="QuestionKinds.Tests"/>), or null.</summary>
    public PracticeFileValue? PracticeFile(PracticeRole role) => Fields.OfType<PracticeFileValue>().FirstOrDefault(f => f.Role == role);
}

/// <summary>A program attached to a question, and what it must print.</summary>
/// <param name="SourcePath">Path of the program file relative to the repository root.</param>
/// <param name="Code">The file's text, read at load time.</param>
/// <param name="Language">Its language, known by the file's extension.</param>
public sealed record CodeSample(string SourcePath, string Code, string? ExpectedOutput, CodeLanguage Language);

/// <summary>The value of one of a question kind's own fields.</summary>
public abstract record FieldValue(Field Field)
{
    /// <summary>Every Markdown text of the value, for the parse and link stages.</summary>
    public abstract IEnumerable<MarkdownSource> Markdown { get; }

    /// <summary>The value as one line of text that readers see (a pattern, a category's name), or null when it is not one line.</summary>
    public virtual string? ShownText => null;
}

/// <summary>A one-line text, such as a pattern.</summary>
internal sealed record TextValue(Field Field, string Text) : FieldValue(Field)
{
    public override IEnumerable<MarkdownSource> Markdown => [];

    public override string? ShownText => Text;
}

internal sealed record MarkdownValue(Field Field, MarkdownSource Source) : FieldValue(Field)
{
    public override IEnumerable<MarkdownSource> Markdown => [Source];
}

internal sealed record MarkdownListValue(Field Field, IReadOnlyList<MarkdownSource> Items) : FieldValue(Field)
{
    public override IEnumerable<MarkdownSource> Markdown => Items;
}

/// <summary>The parts of a <see cref="GroupField"/> that the file has, in the field's order.</summary>
internal sealed record GroupValue(Field Field, IReadOnlyList<FieldValue> Parts) : FieldValue(Field)
{
    public override IEnumerable<MarkdownSource> Markdown => Parts.SelectMany(p => p.Markdown);
}

/// <summary>One of the closed list of a <see cref="CategoryField"/>, such as a coding problem's category.</summary>
internal sealed record CategoryValue(Field Field, CodingCategory Category) : FieldValue(Field)
{
    public override IEnumerable<MarkdownSource> Markdown => [];

    public override string? ShownText => Category.Name;
}

/// <summary>A practice file of a <see cref="PracticeFileField"/> (a starter, tests): shown and run, with no output of its own to check.</summary>
/// <param name="SourcePath">Path of the file relative to the repository root.</param>
/// <param name="Code">The file's text, read at load time.</param>
/// <param name="Language">Its language, known by the file's extension.</param>
public sealed record PracticeFileValue(Field Field, PracticeRole Role, string SourcePath, string Code, CodeLanguage Language) : FieldValue(Field)
{
    public override IEnumerable<MarkdownSource> Markdown => [];
}
