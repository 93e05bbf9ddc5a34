using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using StudyGuide.Highlighting;

namespace StudyGuide.Markdown;

/// <summary>Renders fenced and indented code through <see cref="CodeHighlighter"/> at build time.</summary>
internal sealed class HighlightedCodeExtension(CodeHighlighter highlighter) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<CodeBlockRenderer>(new Renderer(highlighter));
        }
    }

    /// <summary>A block's code and the language named after its fence (null when none), as they are highlighted.</summary>
    public static (string Code, string? Language) CodeOf(CodeBlock block)
    {
        var language = (block as FencedCodeBlock)?.Info?.Trim();
        return (block.Lines.ToString(), string.IsNullOrEmpty(language) ? null : language);
    }

    private sealed class Renderer(CodeHighlighter highlighter) : HtmlObjectRenderer<CodeBlock>
    {
        protected override void Write(HtmlRenderer renderer, CodeBlock block)
        {
            var (code, language) = CodeOf(block);
            renderer.EnsureLine();
            // tabindex: a block wider than the screen scrolls, and keyboard users must be able to scroll it.
            renderer.Write("<pre class=\"code\" tabindex=\"0\"");
            if (language is not null)
            {
                renderer.Write(" data-lang=\"").WriteEscape(language).Write("\"");
            }
            renderer.Write("><code>");
            renderer.Write(highlighter.Highlight(code, language));
            renderer.WriteLine("</code></pre>");
        }
    }
}
