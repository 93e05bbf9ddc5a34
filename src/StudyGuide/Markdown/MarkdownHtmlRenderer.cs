using Markdig;
using Markdig.Renderers;

namespace StudyGuide.Markdown;

/// <summary>Render stage for Markdown: syntax tree to HTML. One renderer per call, so pages can render in parallel.</summary>
internal sealed class MarkdownHtmlRenderer(MarkdownPipeline pipeline, Highlighting.CodeHighlighter highlighter)
{
    /// <summary>The highlighter the pipeline uses, for code shown outside Markdown (question programs).</summary>
    public Highlighting.CodeHighlighter Highlighter { get; } = highlighter;

    /// <param name="urls">The field's resolved links (the link stage's), written in place of the URLs as written.</param>
    /// <param name="taskScope">Id of the content the Markdown belongs to; keys its task list checkboxes (see <see cref="TaskCheckboxExtension"/>).</param>
    public string Render(ParsedMarkdown markdown, UrlMap urls, string taskScope) => Render(new ScopedHtmlRenderer(new StringWriter(), taskScope), markdown, urls);

    /// <summary>HTML without the wrapping paragraph, for one-line Markdown such as checklist items.</summary>
    public string RenderInline(ParsedMarkdown markdown, UrlMap urls) => Render(new HtmlRenderer(new StringWriter()) { ImplicitParagraph = true }, markdown, urls);

    private string Render(HtmlRenderer renderer, ParsedMarkdown markdown, UrlMap urls)
    {
        pipeline.Setup(renderer);
        if (!urls.IsEmpty)
        {
            renderer.LinkRewriter = urls.Rewrite;
        }
        // The parser refused every tree deeper than the limit, counted its way (NestingDepth); the
        // renderer counts a few wrapper levels more, and must never be a second, position-less refusal.
        renderer.MaximumNestingDepth = 2 * MarkdownPipelineFactory.MaximumNestingDepth;
        renderer.Render(markdown.Document);
        renderer.Writer.Flush();
        return renderer.Writer.ToString()!.TrimEnd('\n');
    }
}
