using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StudyGuide.Content;

namespace StudyGuide.Markdown;

/// <summary>A heading of a Markdown field, for tables of contents and anchor checks.</summary>
public sealed record Heading(int Level, string Id, string Text);

/// <summary>
/// The parse stage's result for one Markdown field. The syntax tree belongs to the page that
/// owns the field: the link stage rewrites its links in place before the page is rendered,
/// always starting from <see cref="Links"/>' URLs as written, so the same tree can be linked
/// again in a later build (the preview reuses trees of unchanged fields).
/// </summary>
public sealed class ParsedMarkdown(MarkdownSource source, MarkdownDocument document, IReadOnlyList<Heading> headings, IReadOnlyList<WrittenLink> links)
{
    public MarkdownSource Source { get; } = source;

    public MarkdownDocument Document { get; } = document;

    public IReadOnlyList<Heading> Headings { get; } = headings;

    /// <summary>Every link and image of the tree, with its URL as the author wrote it.</summary>
    public IReadOnlyList<WrittenLink> Links { get; } = links;

    /// <summary>The same tree for another instance of the same field (same text, same place in the same file).</summary>
    public ParsedMarkdown WithSource(MarkdownSource other) => ReferenceEquals(other, Source) ? this : new(other, Document, Headings, Links);
}

/// <summary>A link or image of a syntax tree and the URL it had when parsed.</summary>
public sealed record WrittenLink(LinkInline Link, string? Url);
