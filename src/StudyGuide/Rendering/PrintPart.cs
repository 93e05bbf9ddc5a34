namespace StudyGuide.Rendering;

/// <summary>
/// A page's contribution to the whole-guide print page (/print/): the <paramref name="Partial"/>
/// rendered with the page's own model, at position <paramref name="Order"/> (reading order,
/// numbered from 0 without gaps). Rendering it beside the page means each chapter's and
/// question's Markdown becomes HTML once per build, and the print page is assembled by
/// writing the parts one after the other instead of being held in memory as one string.
/// </summary>
internal sealed record PrintPart(int Order, string Partial)
{
    /// <summary>
    /// What the print layout prints for <c>model.parts</c>: an HTML comment no content can
    /// produce (all content is escaped), replaced by the parts when the page is written.
    /// </summary>
    public const string Placeholder = "<!--studyguide:print-parts-->";
}
