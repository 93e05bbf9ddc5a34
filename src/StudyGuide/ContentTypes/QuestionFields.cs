namespace StudyGuide.ContentTypes;

/// <summary>The fields every question has, whatever its kind: typed in <c>Content/Question</c>, because the engine uses them.</summary>
internal static class QuestionFields
{
    public static readonly SlugField Id = new("id", "The question's id: unique across the whole site; its page is /problems/<id>/.") { Example = "{id}" };
    public static readonly TextField Title = new("title", "Plain text: the page title and the question's name in every table.") { Example = "{title}" };
    public static readonly ChoiceField Difficulty = new("difficulty", "easy | medium | hard", ["easy", "medium", "hard"]) { Example = "medium" };
    public static readonly SlugListField Topics = new("topics", "At least one topic slug. Reuse the slugs listed on /topics/ so the question joins their groups.")
    {
        MinItems = 1,
        Example = "[{topic}]",
    };

    public static readonly MarkdownField Prompt = new("prompt", "Markdown: the question as an interviewer would ask it: inputs, output, two or three examples, constraints.")
    {
        Example = """
            State the task in two or three sentences, then give examples with their expected results
            and the constraints (input size, value ranges).
            """,
    };

    public static readonly MarkdownField Answer = new("answer", "Markdown: the model answer. Lead with the idea in one or two sentences, walk through an example, then list pitfalls.")
    {
        Example = "The idea in one or two sentences, then a walk-through of one example, then the pitfalls.",
    };

    public static readonly SlugListField Related = new("related", "Optional: ids of related questions from any bank; [] for none.") { Required = false, Example = "[]" };

    public static readonly MarkdownListField FollowUps = new("follow_ups", "Optional: Markdown follow-up questions an interviewer asks once the main one is answered.", "Follow-up question")
    {
        Required = false,
        Label = "Follow-up questions",
        Example = "What changes if the input no longer fits in memory?",
    };

    /// <summary>Before the kind's own fields, in a new question and in the docs.</summary>
    public static readonly IReadOnlyList<Field> Leading = [Id, Title, Difficulty, Topics, Prompt, Answer];

    /// <summary>After the kind's own fields.</summary>
    public static readonly IReadOnlyList<Field> Trailing = [Related, FollowUps];
}
