using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StudyGuide.Content;
using StudyGuide.Diagnostics;
using StudyGuide.Loading;

namespace StudyGuide.Markdown;

/// <summary>Parse stage: Markdown text to a syntax tree, reporting constructs the site does not support.</summary>
public sealed class MarkdownParser(MarkdownPipeline pipeline)
{
    public ParsedMarkdown Parse(MarkdownSource source, DiagnosticBag diagnostics)
    {
        var document = Markdig.Markdown.Parse(source.Text, pipeline);
        var headings = new List<Heading>();
        foreach (var block in document.Descendants())
        {
            switch (block)
            {
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
            }
        }
        return new ParsedMarkdown(source, document, headings);
    }

    /// <summary>Text of inline content without markup, for tables of contents.</summary>
    public static string PlainText(ContainerInline? inline)
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
            }
        }
        return text.ToString();
    }
}
