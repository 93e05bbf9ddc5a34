using Markdig.Syntax;
using StudyGuide.Content;

namespace StudyGuide.Markdown;

/// <summary>A heading of a Markdown field, for tables of contents and anchor checks.</summary>
public sealed record Heading(int Level, string Id, string Text);

/// <summary>
/// The parse stage's result for one Markdown field. The syntax tree belongs to the page that
/// owns the field: the link stage rewrites its xrefs in place before the page is rendered.
/// </summary>
public sealed class ParsedMarkdown(MarkdownSource source, MarkdownDocument document, IReadOnlyList<Heading> headings)
{
    public MarkdownSource Source { get; } = source;

    public MarkdownDocument Document { get; } = document;

    public IReadOnlyList<Heading> Headings { get; } = headings;
}
