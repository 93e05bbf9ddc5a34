using Markdig;
using Markdig.Renderers;

namespace StudyGuide.Markdown;

/// <summary>Render stage for Markdown: syntax tree to HTML. One renderer per call, so pages can render in parallel.</summary>
public sealed class MarkdownHtmlRenderer(MarkdownPipeline pipeline, Highlighting.CodeHighlighter highlighter)
{
    /// <summary>The highlighter the pipeline uses, for code shown outside Markdown (question programs).</summary>
    public Highlighting.CodeHighlighter Highlighter { get; } = highlighter;

    public string Render(ParsedMarkdown markdown) => Render(markdown, inline: false);

    /// <summary>HTML without the wrapping paragraph, for one-line Markdown such as checklist items.</summary>
    public string RenderInline(ParsedMarkdown markdown) => Render(markdown, inline: true);

    private string Render(ParsedMarkdown markdown, bool inline)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { ImplicitParagraph = inline };
        pipeline.Setup(renderer);
        renderer.Render(markdown.Document);
        writer.Flush();
        return writer.ToString().TrimEnd('\n');
    }
}
