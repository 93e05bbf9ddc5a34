namespace StudyGuide.Markdown;

/// <summary>
/// The URLs to write for one Markdown field in place of the URLs as written (<c>xref:two-sum</c> →
/// <c>/problems/two-sum/</c>), made by the link stage and applied by <see cref="MarkdownHtmlRenderer"/>
/// through Markdig's link rewriting, so the syntax tree itself is never changed.
/// </summary>
internal sealed class UrlMap
{
    private readonly IReadOnlyDictionary<string, string> _urls;

    public UrlMap(IReadOnlyDictionary<string, string> urls) => _urls = urls;

    /// <summary>A field whose links are all written as they are published.</summary>
    public static UrlMap None { get; } = new(new Dictionary<string, string>());

    public bool IsEmpty => _urls.Count == 0;

    public string Rewrite(string url) => _urls.TryGetValue(url, out var resolved) ? resolved : url;
}
