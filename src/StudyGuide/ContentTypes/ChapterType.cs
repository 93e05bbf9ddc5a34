using StudyGuide.Routing;

namespace StudyGuide.ContentTypes;

/// <summary>
/// A chapter, <c>input/chapters/&lt;id&gt;.md</c>: front matter and a Markdown body. Its id is its
/// file name; it has a page, a part of the print page and a value of the search's type filter.
/// </summary>
internal static class ChapterType
{
    public static FileType File => new("chapter", "StudyGuide chapter front matter (input/chapters/<id>.md)",
        "The YAML between the '---' lines at the top of a chapter. The chapter's id is its file name.",
        [Title, Order, Summary, Tags]);

    public static readonly TextField Title = new("title", "The chapter's title: its page heading and its name in every list. Plain text.");
    public static readonly IntegerField Order = new("order", "Position in the reading order; chapters are sorted by it.");
    public static readonly TextField Summary = new("summary", "One or two plain sentences for the home page and the chapter list.");
    public static readonly SlugListField Tags = new("tags", "Topic slugs; the topics page groups the chapter with questions on them. [] for none.") { Required = false };

    public static readonly Route Route = Routes.Chapter;

    /// <summary>The partial that renders the chapter's part of the whole-guide print page.</summary>
    public const string PrintPartial = "print-chapter";

    public static readonly Facet Facet = new("chapter", "Chapter");
}

/// <summary>The home page, <c>input/index.md</c>: optional front matter and a Markdown body.</summary>
internal static class HomeType
{
    public static readonly TextField Title = new("title", "The home page's heading.") { Required = false };

    public static readonly IReadOnlyList<Field> Fields = [Title];

    public static readonly Route Route = Routes.Home;
}
