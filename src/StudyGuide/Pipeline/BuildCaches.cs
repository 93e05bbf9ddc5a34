using StudyGuide.Highlighting;
using StudyGuide.Markdown;
using StudyGuide.Rendering;
using StudyGuide.Sharing;

namespace StudyGuide.Pipeline;

/// <summary>
/// Everything one build leaves for the next: what <see cref="SiteBuilder"/> takes from a
/// <see cref="PreviewSession"/> (the only owner of an instance) and a one-off build goes without.
/// The caches only save work: a build with them writes the same bytes as one without.
/// </summary>
/// <param name="images">Where the share image and icons are kept between processes, or null.</param>
internal sealed class BuildCaches(BrandImageCacheFile? images = null)
{
    /// <summary>Every code block highlighted so far, so a rebuild tokenizes only new code.</summary>
    public CodeHighlighter Highlighter { get; } = new();

    /// <summary>Whether <see cref="Highlighter"/> has taken the highlight cache file's entries (on the first build).</summary>
    public bool HighlightCacheRead { get; set; }

    /// <summary>The parsed theme, while its files are unchanged.</summary>
    public ThemeCache Theme { get; } = new();

    /// <summary>The last share image and icons, while the site's title, description, base URL and fonts are unchanged.</summary>
    public BrandImages Images { get; } = new(images);

    /// <summary>Each Markdown field's syntax tree, while its text and position are unchanged.</summary>
    public ParsedMarkdownCache Parses { get; } = new();

    /// <summary>Each page's HTML, while everything its render reads is unchanged.</summary>
    public RenderCache Renders { get; } = new();

    /// <summary>The last build that wrote a site, the base of the quick path (<see cref="EditedChapter"/>); null after a failed one.</summary>
    public BuildSnapshot? LastGood { get; set; }
}
