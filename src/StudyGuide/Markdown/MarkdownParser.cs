using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StudyGuide.Content;
using StudyGuide.Diagnostics;

namespace StudyGuide.Markdown;

/// <summary>Parse stage: Markdown text to a syntax tree, reporting constructs the site does not support.</summary>
internal sealed class MarkdownParser(MarkdownPipeline pipeline)
{
    public ParsedMarkdown Parse(MarkdownSource source, DiagnosticBag diagnostics)
    {
        // Block nesting plain from the lines' prefixes is refused before Markdig spends seconds on it;
        // other block nesting over the limit fails the parse; inline nesting (emphasis, links) parses
        // and is found in the tree.
        var limit = MarkdownPipelineFactory.MaximumNestingDepth;
        var tooDeep = BlockNestingScan.FirstTooDeep(source.Text, limit * 2);
        var document = tooDeep is null ? TryParse(source.Text) : null;
        tooDeep ??= document is null
            ? FirstTooDeepLine(source.Text)
            : NestingDepth.FirstDeeperThan(document, limit);
        if (document is null || tooDeep is not null)
        {
            var (line, column) = tooDeep.GetValueOrDefault();
            diagnostics.Error(source.Map(line, column),
                $"Markdown here nests more than {limit} levels deep (block quotes, lists, callouts, emphasis or links inside one another); flatten it to a few levels");
            // An empty tree stands in for the field, so the other fields are still checked in this run.
            return new ParsedMarkdown(source, new MarkdownDocument(), [], [], []);
        }
        var headings = new List<Heading>();
        var taskIds = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<LinkInline>();
        var autolinks = new List<AutolinkInline>();
        // One walk over blocks and inlines collects everything later stages look up, so none of
        // them walks the tree again.
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LinkInline link:
                    links.Add(link);
                    break;
                case AutolinkInline autolink:
                    autolinks.Add(autolink);
                    break;
                case HeadingBlock heading when heading.GetAttributes().Id is { Length: > 0 } id:
                    headings.Add(new Heading(heading.Level, id, PlainText(heading.Inline)));
                    break;
                case CustomContainer container:
                    var kind = container.Info?.Trim() ?? "";
                    if (!CalloutExtension.Kinds.ContainsKey(kind))
                    {
                        diagnostics.Error(source.Map(container.Line, container.Column),
                            $"unknown callout '{kind}'{EditDistance.DidYouMean(kind, CalloutExtension.Kinds.Keys)}; write '::: tip', '::: note' or '::: warning'");
                    }
                    break;
                case ParagraphBlock paragraph when TaskCheckboxExtension.IsTask(paragraph):
                    CheckTaskId(source, paragraph, taskIds, diagnostics);
                    break;
            }
        }
        return new ParsedMarkdown(source, document, headings, links, autolinks);
    }

    /// <summary>The syntax tree, or null when the text nests deeper than the pipeline allows.</summary>
    private MarkdownDocument? TryParse(string text)
    {
        try
        {
            return Markdig.Markdown.Parse(text, pipeline);
        }
        // Markdig reports its nesting limit as a plain ArgumentException; its message is all that
        // tells it from a bug, which must not pass for a content error (a test pins the message).
        catch (ArgumentException ex) when (ex.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            return null;
        }
    }

    /// <summary>
    /// The 0-based line (and its indentation) by which the text first nests too deeply, for a
    /// position better than the field's start: the shortest prefix of whole lines that Markdig
    /// refuses, found by bisection (each step parses a prefix, so this costs about two parses
    /// of the field and runs only on a field that is refused anyway).
    /// </summary>
    private (int Line, int Column) FirstTooDeepLine(string text)
    {
        var lines = text.Split('\n');
        // Invariant: the first `good` lines parse, the first `bad` lines do not.
        var (good, bad) = (0, lines.Length);
        while (bad - good > 1)
        {
            var middle = good + ((bad - good) / 2);
            if (TryParse(string.Join('\n', lines, 0, middle)) is null)
            {
                bad = middle;
            }
            else
            {
                good = middle;
            }
        }
        var line = lines[bad - 1];
        return (bad - 1, line.Length - line.TrimStart().Length);
    }

    /// <summary>A task's id keys the reader's tick, so it must exist and be unique within its Markdown.</summary>
    private static void CheckTaskId(MarkdownSource source, ParagraphBlock paragraph, HashSet<string> seen, DiagnosticBag diagnostics)
    {
        var id = TaskCheckboxExtension.IdOf(paragraph);
        if (id.Length == 0)
        {
            diagnostics.Error(source.Map(paragraph.Line, paragraph.Column), "a task list item needs text with letters or digits: its tick is saved under a slug of that text");
        }
        else if (!seen.Add(id))
        {
            diagnostics.Error(source.Map(paragraph.Line, paragraph.Column), $"two task list items here have the same text (id '{id}'); reword one so each tick is saved separately");
        }
    }

    /// <summary>
    /// Text of inline content without markup: literals and code spans, for tables of contents and
    /// task ids (whose slugs must never change). <paramref name="asRead"/> gives the text as a
    /// reader sees it, for descriptions: line breaks as spaces, entities decoded, autolinks' URLs.
    /// </summary>
    public static string PlainText(ContainerInline? inline, bool asRead = false)
    {
        if (inline is null)
        {
            return "";
        }
        var text = new System.Text.StringBuilder();
        foreach (var child in inline.Descendants())
        {
            switch (child)
            {
                case LiteralInline literal:
                    text.Append(literal.Content);
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case HtmlEntityInline entity when asRead:
                    text.Append(entity.Transcoded);
                    break;
                case AutolinkInline autolink when asRead:
                    text.Append(autolink.Url);
                    break;
                case LineBreakInline when asRead:
                    text.Append(' ');
                    break;
            }
        }
        return text.ToString();
    }
}
