using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace StudyGuide.Markdown;

/// <summary>
/// <c>::: tip</c> … <c>:::</c> blocks become labelled <c>&lt;aside&gt;</c> callouts.
/// Only <see cref="Kinds"/> are allowed; <see cref="MarkdownParser"/> reports others.
/// </summary>
internal sealed class CalloutExtension : IMarkdownExtension
{
    public static readonly IReadOnlyDictionary<string, string> Kinds = new Dictionary<string, string>
    {
        ["tip"] = "Tip",
        ["note"] = "Note",
        ["warning"] = "Warning",
    };

    /// <summary>Parsing is Markdig's custom containers (register them first); this extension only renders.</summary>
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<HtmlCustomContainerRenderer>(new Renderer());
        }
    }

    private sealed class Renderer : HtmlObjectRenderer<CustomContainer>
    {
        protected override void Write(HtmlRenderer renderer, CustomContainer container)
        {
            var kind = container.Info?.Trim() ?? "";
            var label = Kinds.TryGetValue(kind, out var l) ? l : "Note";
            renderer.EnsureLine();
            renderer.Write("<aside class=\"callout callout-").Write(Kinds.ContainsKey(kind) ? kind : "note").Write("\">");
            renderer.Write("<p class=\"callout-title\">").Write(label).WriteLine("</p>");
            renderer.WriteChildren(container);
            renderer.WriteLine("</aside>");
        }
    }
}
