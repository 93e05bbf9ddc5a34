namespace StudyGuide.Content;

/// <summary>What kind of questions a bank holds; decides which extra fields a question has.</summary>
public enum BankKind
{
    Coding,
    Concept,
    Behavioral,
    SystemDesign,
}

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
    BankKind Kind,
    IReadOnlyList<Question> Questions);

/// <summary>
/// One question. Fields every kind shares are here; the kind-specific ones hang off
/// <see cref="Details"/> so a behavioral question cannot carry a code file by accident.
/// </summary>
/// <param name="IdLocation">Where the question's id is written, for errors and "edit this page" links.</param>
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
    QuestionDetails Details)
{
    /// <summary>The question's Go program: always there for coding questions, optional for concept questions.</summary>
    public CodeSample? Code => Details switch
    {
        CodingDetails coding => coding.Code,
        ConceptDetails concept => concept.Code,
        _ => null,
    };
}

/// <summary>Kind-specific part of a question.</summary>
public abstract record QuestionDetails;

/// <summary>A Go program attached to a question, and what it must print.</summary>
/// <param name="SourcePath">Path of the .go file relative to the repository root.</param>
/// <param name="Code">The file's text, read at load time.</param>
public sealed record CodeSample(string SourcePath, string Code, string? ExpectedOutput);

/// <summary>A Go file of a question that is shown and run, but has no output of its own to check (a starter, tests).</summary>
/// <param name="SourcePath">Path of the .go file relative to the repository root.</param>
/// <param name="Code">The file's text, read at load time.</param>
public sealed record GoFile(string SourcePath, string Code);

/// <param name="Starter">What the reader starts from (see <see cref="PracticeFiles"/>): the signatures, with bodies that return zero values.</param>
/// <param name="Tests">The tests a solution must pass, every case a <c>t.Run</c> subtest.</param>
public sealed record CodingDetails(
    string Pattern,
    IReadOnlyList<MarkdownSource> Hints,
    string TimeComplexity,
    string SpaceComplexity,
    CodeSample Code,
    CodingCategory Category,
    GoFile Starter,
    GoFile Tests) : QuestionDetails;

public sealed record ConceptDetails(CodeSample? Code) : QuestionDetails;

public sealed record BehavioralDetails(
    MarkdownSource LookingFor,
    MarkdownSource Situation,
    MarkdownSource Task,
    MarkdownSource Action,
    MarkdownSource Result) : QuestionDetails;

public sealed record SystemDesignDetails(
    MarkdownSource Requirements,
    MarkdownSource Estimates,
    MarkdownSource Design,
    MarkdownSource DataModel,
    MarkdownSource Scaling,
    MarkdownSource TradeOffs) : QuestionDetails;
