using StudyGuide.Linking;
using StudyGuide.Markdown;
using StudyGuide.Rendering;
using StudyGuide.Rendering.Views;

namespace StudyGuide.Pipeline;

/// <summary>What a successful build leaves behind for <see cref="EditedChapter"/>: its parsed content, theme and settings. Immutable.</summary>
internal sealed record BuildSnapshot(
    BuildOptions Options,
    ParsedContent Parsed,
    LinkTargets Targets,
    MarkdownParser Parser,
    MarkdownHtmlRenderer Markdown,
    IReadOnlyDictionary<string, string> ShareIds,
    ThemeTemplates Templates,
    SiteView Site);
