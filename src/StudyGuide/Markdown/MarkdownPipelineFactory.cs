using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using StudyGuide.Highlighting;

namespace StudyGuide.Markdown;

/// <summary>
/// Builds the single Markdig pipeline the whole build shares (pipelines are immutable and
/// thread-safe). Raw HTML is disabled: content arrives by pull request and is untrusted.
/// </summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create(CodeHighlighter highlighter) => new MarkdownPipelineBuilder()
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
