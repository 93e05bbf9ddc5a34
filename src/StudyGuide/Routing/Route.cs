namespace StudyGuide.Routing;

/// <summary>
/// One page of the site, or one family of pages (<c>/problems/{id}/</c>): where it is published and
/// which layout renders it. URLs are clean (a folder with index.html) and root-relative, so the site
/// works on any host that serves it at the domain root.
/// </summary>
/// <param name="Pattern">The URL, with <c>{id}</c> standing for a content id in a family of pages.</param>
/// <param name="Layout">The theme layout (<c>theme/layouts/&lt;layout&gt;.sbn-html</c>) that renders it.</param>
/// <param name="Indexed">Search indexes its pages (their layouts mark the content with <c>data-pagefind-body</c>).</param>
public sealed record Route(string Pattern, string Layout, bool Indexed = false)
{
    private const string IdPlaceholder = "{id}";

    /// <summary>A family of pages, one per content id, rather than one page.</summary>
    public bool PerContent => Pattern.Contains(IdPlaceholder, StringComparison.Ordinal);

    /// <summary>The URL of a single page.</summary>
    public string Url => PerContent ? throw new InvalidOperationException($"{Pattern} needs an id") : Pattern;

    /// <summary>The URL of the page of content <paramref name="id"/>.</summary>
    public string For(string id) => Pattern.Replace(IdPlaceholder, id, StringComparison.Ordinal);

    /// <summary>The first segment of the URL (<c>problems</c> for <c>/problems/{id}/</c>), or the file name of a top-level file.</summary>
    public string Section => Pattern.Trim('/').Split('/')[0];
}
