using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace StudyGuide.Markdown;

/// <summary>
/// Headings get a trailing "#" link to themselves, so a reader can copy a link to any section.
/// The ids come from Markdig's auto-identifiers.
/// </summary>
internal sealed class HeadingAnchorExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<HeadingRenderer>(new Renderer());
        }
    }

    private sealed class Renderer : HtmlObjectRenderer<HeadingBlock>
    {
        protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
        {
            var tag = "h" + Math.Clamp(heading.Level, 1, 6);
            var id = heading.GetAttributes().Id;
            renderer.EnsureLine();
            renderer.Write('<').Write(tag).WriteAttributes(heading).Write('>');
            renderer.WriteLeafInline(heading);
            if (!string.IsNullOrEmpty(id))
            {
                // data-pagefind-ignore: the "#" is not part of the heading's text in search results.
                renderer.Write(" <a class=\"anchor\" href=\"#").WriteEscapeUrl(id).Write("\" aria-label=\"Link to this section\" data-pagefind-ignore>#</a>");
            }
            renderer.Write("</").Write(tag).WriteLine(">");
        }
    }
}
