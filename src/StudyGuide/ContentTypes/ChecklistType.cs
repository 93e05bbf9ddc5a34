using StudyGuide.Routing;

namespace StudyGuide.ContentTypes;

/// <summary>A printable checklist, <c>input/checklists/&lt;id&gt;.yml</c>; readers' ticks are kept in their browser by item id.</summary>
internal static class ChecklistType
{
    public static FileType File => new("checklist", "StudyGuide checklist (input/checklists/<id>.yml)",
        "A printable checklist; readers' ticks are kept in their browser by item id.",
        [Id, Title, Intro, Order, Sections]);

    public static readonly SlugField Id = new("id", "The checklist's id: equal to the file name, used in its URL and in xref links.");
    public static readonly TextField Title = new("title", "The page title and its name in the checklist list. Plain text.");
    public static readonly MarkdownField Intro = new("intro", "Markdown: when to use the checklist and what it covers, in a sentence or two.");
    public static readonly IntegerField Order = new("order", "Position among the checklists (lower first); without it, the checklist sorts after the numbered ones.") { Required = false };

    public static readonly MarkdownField ItemText = new("text", "One line of Markdown: a concrete action that starts with a verb.") { Inline = true };
    public static readonly MarkdownField ItemNote = new("note", "Optional one line of Markdown shown under the item: why or how.") { Inline = true, Required = false };
    public static readonly SlugField ItemId = new("id", "Optional stable id; the default is a slug of the text. Set one before rewording a published item, so readers keep their ticks.") { Required = false };
    public static readonly ListField Items = new("items", "At least one item.", [ItemText, ItemNote, ItemId]) { MinItems = 1 };

    public static readonly TextField SectionTitle = new("title", "The section heading.");
    public static readonly ListField Sections = new("sections", "At least one section, each with at least one item.", [SectionTitle, Items]) { MinItems = 1 };

    public static readonly Route Route = Routes.Checklist;

    public static readonly Facet Facet = new("checklist", "Checklist");
}
