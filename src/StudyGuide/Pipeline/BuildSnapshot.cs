using StudyGuide.Linking;
using StudyGuide.Loading;
using StudyGuide.Markdown;
using StudyGuide.Rendering;

namespace StudyGuide.Pipeline;

/// <summary>What a successful build of a <see cref="PreviewSession"/> leaves behind for <see cref="EditedChapter"/>: its options and files seam, parsed content, link targets and page renderer (theme and site settings). Nothing in it changes after that build.</summary>
internal sealed record BuildSnapshot(
    BuildOptions Options,
    ContentFiles Files,
    LinkedContent Linked,
    MarkdownParser Parser,
    MarkdownHtmlRenderer Markdown,
    IReadOnlyDictionary<string, string> ShareIds,
    PageRenderer Renderer);
