using StudyGuide.Routing;

namespace StudyGuide.ContentTypes;

/// <summary>
/// A question bank, <c>input/banks/&lt;id&gt;.yml</c>: a page of its own, a part of the print page, and
/// its questions, each with a page (<see cref="QuestionRoute"/>) and the fields of the bank's kind.
/// </summary>
internal static class BankType
{
    /// <summary>The bank file's top-level keys; each question's are its kind's <see cref="QuestionKind.AllFields"/>.</summary>
    public static FileType File(ContentModel model) => new("bank", "StudyGuide question bank (input/banks/<id>.yml)",
        "A bank of questions of one kind; the kind decides which fields a question has.",
        [Id, Title, Description, Kind(model), Questions]);

    public static readonly SlugField Id = new("id", "The bank's id: equal to the file name; its page is /banks/<id>/.");
    public static readonly TextField Title = new("title", "The bank's title. Plain text.");
    public static readonly MarkdownField Description = new("description", "Markdown: what the bank covers and how to use it.");
    public static readonly ListField Questions = new("questions", "The questions, in the order they are listed on the bank's page.", ItemFields: null);

    /// <summary>The <c>kind</c> key: which of <paramref name="model"/>'s kinds its questions are.</summary>
    public static ChoiceField Kind(ContentModel model) =>
        new("kind", $"{string.Join(" | ", model.QuestionKinds.Select(k => k.Name))}: decides the fields of its questions.", model.QuestionKinds.Select(k => k.Name).ToList());

    public static readonly Route Route = Routes.Bank;

    public static readonly Route QuestionRoute = Routes.Question;

    public const string PrintPartial = "print-bank";

    public const string QuestionPrintPartial = "print-question";
}
