using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StudyGuide.Content;

namespace StudyGuide.Markdown;

/// <summary>A heading of a Markdown field, for tables of contents and anchor checks.</summary>
internal sealed record Heading(int Level, string Id, string Text);

/// <summary>
/// The parse stage's result for one Markdown field. Nothing changes the syntax tree after the
/// parse: links are resolved into a <see cref="UrlMap"/> that the renderer applies, so one tree can
/// serve several builds (the preview reuses the trees of unchanged fields) and several pages at once.
/// </summary>
internal sealed class ParsedMarkdown(MarkdownSource source, MarkdownDocument document, IReadOnlyList<Heading> headings, IReadOnlyList<LinkInline> links,
    IReadOnlyList<AutolinkInline> autolinks)
{
    public MarkdownSource Source { get; } = source;

    public MarkdownDocument Document { get; } = document;

    public IReadOnlyList<Heading> Headings { get; } = headings;

    /// <summary>Every link and image of the tree, with its URL as the author wrote it.</summary>
    public IReadOnlyList<LinkInline> Links { get; } = links;

    /// <summary>Every autolink of the tree (<c>&lt;https://…&gt;</c>), for the link stage's scheme check.</summary>
    public IReadOnlyList<AutolinkInline> Autolinks { get; } = autolinks;
}
