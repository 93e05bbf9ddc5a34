using StudyGuide.CodeLanguages;

namespace StudyGuide.ContentTypes;

/// <summary>
/// The built-in question kinds. A kind's own field is one declaration in its list: the loader
/// checks and reads it, the question and print pages show it through the generic section of its
/// <see cref="Placement"/>, and the schema, <c>studyguide new problem</c> and the docs take it from here.
/// </summary>
internal static class QuestionKinds
{
    public static readonly CategoryField Category = new("category", "The classic category the problem belongs to; the problems list and search filter by it.", CodingCategory.All)
    {
        Label = "Category",
        Placement = Placement.Header,
        InVocabulary = true,
        Example = CodingCategory.All[0].Slug,
    };

    public static readonly TextField Pattern = new("pattern", "The technique that solves it, in a few words, like \"Two pointers\" or \"Hash map\".")
    {
        Label = "Pattern",
        Placement = Placement.Header,
        InVocabulary = true,
        Example = "Single pass",
    };

    public static readonly MarkdownListField Hints = new("hints", "Two or three Markdown hints, each more specific than the last; the last one nearly gives it away.", "Hint")
    {
        Label = "Hints",
        Placement = Placement.BeforeAnswer,
        Spoiler = true,
        MinItems = 1,
        Advice = "give two or three, each more specific than the last",
        Example = """
            - |
              A first nudge: what would the brute-force answer do, and which step is slow?
            - |
              A stronger hint: which data structure makes that step fast?
            """,
    };

    public static readonly GroupField Complexity = new("complexity", "Big-O in the prompt's variables, like O(n log n); say what n is in the answer if it is not obvious.",
        [
            new TextField("time", "Time complexity, like O(n log n).") { Label = "Time", Example = "O(n)" },
            new TextField("space", "Extra space, like O(1).") { Label = "Space", Example = "O(1)" },
        ])
    {
        Placement = Placement.InAnswer,
    };

    public static readonly CodeField Code = new("code", "The program, relative to this bank file: it builds, is formatted, and prints its examples.") { Example = "{code}" };

    public static readonly CodeField OptionalCode = Code with { Help = "Optional: a small program that demonstrates the answer, relative to this bank file.", Required = false };

    public static readonly OutputField ExpectedOutput = new("expected_output", "Exactly what the program prints; `studyguide check --go` runs it and compares.")
    {
        Required = false,
        Example = "{output}",
    };

    public static readonly PracticeFileField Starter = new("starter",
        $"The starter the reader solves from, relative to this bank file: exactly {Languages.Default.PracticePath(PracticeRole.Starter, "<bank>", "<id>")}. "
        + "The signatures the tests call, with bodies that return zero values: it compiles, does not panic, blocks nothing, and fails the tests.", PracticeRole.Starter)
    {
        Example = "{starter}",
    };

    public static readonly PracticeFileField Tests = new("tests",
        $"The tests, relative to this bank file: exactly {Languages.Default.PracticePath(PracticeRole.Tests, "<bank>", "<id>")}. "
        + "Table-driven, every case a named subtest whose failure is one message in the fixed form input / got / want; they pass on the code and fail on the starter.", PracticeRole.Tests)
    {
        Example = "{tests}",
    };

    public static readonly MarkdownField LookingFor = new("looking_for", "Markdown: what the interviewer is assessing with this question.")
    {
        Label = "What the interviewer looks for",
        Placement = Placement.BeforeAnswer,
        Example = "The signals the interviewer wants: ownership, judgment, what you learned.",
    };

    public static readonly GroupField Star = new("star", "A model answer in STAR form, one Markdown paragraph each.",
        [
            Part("situation", "Situation", "Markdown: the context.", "The context, in two or three sentences."),
            Part("task", "Task", "Markdown: what you were responsible for.", "What you were responsible for."),
            Part("action", "Action", "Markdown: what you did and why.", "What you did, in the first person, with the reasoning behind it."),
            Part("result", "Result", "Markdown: the outcome, with numbers if you have them.", "The outcome, with numbers if you have them, and what you would do differently."),
        ])
    {
        Placement = Placement.AfterAnswer,
    };

    public static readonly QuestionKind Coding = new("coding", "Coding", "Problem", "Solution", [Category, Pattern, Hints, Complexity, Code, ExpectedOutput, Starter, Tests]);

    public static readonly QuestionKind Concept = new("concept", "Concept", "Question", "Solution", [OptionalCode, ExpectedOutput]);

    public static readonly QuestionKind Behavioral = new("behavioral", "Behavioral", "Question", "How to answer", [LookingFor, Star]);

    /// <summary>Each part of a design is a section after the answer, in this order.</summary>
    public static readonly QuestionKind SystemDesign = new("system-design", "System design", "Question", "The design in brief",
    [
        Section("requirements", "Requirements", "Functional and non-functional requirements; what is out of scope."),
        Section("estimates", "Estimates", "Back-of-the-envelope numbers: traffic, storage, bandwidth."),
        Section("design", "High-level design", "The high-level design: components and how a request flows through them."),
        Section("data_model", "Data model", "The main entities, their keys, and where they are stored."),
        Section("scaling", "Scaling", "What breaks first as load grows, and how to scale it."),
        Section("trade_offs", "Trade-offs", "The choices made, the alternatives, and when you would pick them instead."),
    ]);

    /// <summary>In the order the search's type filter and the docs list them.</summary>
    public static readonly IReadOnlyList<QuestionKind> All = [Coding, Concept, Behavioral, SystemDesign];

    private static MarkdownField Part(string key, string label, string help, string example) => new(key, help) { Label = label, Example = example };

    /// <summary>A Markdown section after the answer whose help says what goes in it, and whose example says it again.</summary>
    private static MarkdownField Section(string key, string label, string what) =>
        Part(key, label, $"Markdown: {char.ToLowerInvariant(what[0])}{what[1..]}", what) with { Placement = Placement.AfterAnswer };
}
