using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using StudyGuide.Highlighting;

namespace StudyGuide.Markdown;

/// <summary>
/// Builds the single Markdig pipeline the whole build shares (pipelines are immutable and
/// thread-safe). Raw HTML is disabled: content arrives by pull request and is untrusted.
/// </summary>
internal static class MarkdownPipelineFactory
{
    /// <summary>
    /// How deeply Markdown may nest (block quotes, lists, callouts, emphasis, links, counted
    /// together). Content arrives by pull request, and parsing and rendering recurse once per
    /// level; real content nests fewer than 10 levels, so 32 leaves room for any sensible page
    /// and keeps hostile nesting cheap. Markdig refuses deeper input; <see cref="MarkdownParser"/>
    /// reports it at its position.
    /// </summary>
    public const int MaximumNestingDepth = 32;

    public static MarkdownPipeline Create(CodeHighlighter highlighter) => new MarkdownPipelineBuilder { MaximumNestingDepth = MaximumNestingDepth }
        .UsePipeTables()
        .UseTaskLists()
        .Use(new TaskCheckboxExtension())
        .UseFootnotes()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseCustomContainers()
        .Use(new CalloutExtension())
        .Use(new HighlightedCodeExtension(highlighter))
        .Use(new HeadingAnchorExtension())
        .DisableHtml()
        .Build();
}
