namespace StudyGuide.Routing;

/// <summary>
/// The one allow-list of URL schemes for every link-like value of the site: Markdown links and
/// images, <c>site.yml</c> nav links (both through <see cref="LinkResolver"/>), and the site's own
/// addresses (<c>base_url</c>, <c>repository</c>, <c>build --base-url</c>). Anything else
/// (<c>javascript:</c>, <c>data:</c>, <c>file:</c>, protocol-relative <c>//host</c>) would run
/// script or break once published, and content arrives by pull request.
/// </summary>
public static class LinkSchemes
{
    /// <summary>Schemes a page may link out to.</summary>
    public static readonly IReadOnlyList<string> External = ["http", "https", "mailto"];

    /// <summary>Schemes of a web address: the site's own addresses and autolinks (besides e-mail).</summary>
    public static readonly IReadOnlyList<string> Web = ["http", "https"];

    /// <summary>An absolute URL with one of <paramref name="schemes"/> (and a host, unless it is an e-mail address).</summary>
    public static bool IsAbsolute(string url, IReadOnlyList<string> schemes) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && schemes.Contains(uri.Scheme)
        && (uri.Scheme == "mailto" || uri.Host.Length > 0);

    /// <summary>
    /// Why <paramref name="url"/> cannot be an address of the site (printed into every page's
    /// canonical link, the sitemap and "Edit this page" links), or null when it can: an absolute
    /// http(s) URL without credentials, query or fragment.
    /// </summary>
    public static string? SiteAddressProblem(string url)
    {
        // Whitespace and control characters: .NET trims or accepts some that a browser reads otherwise.
        if (url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) || !IsAbsolute(url, Web))
        {
            return "must be an absolute http(s) URL, like https://example.org";
        }
        var uri = new Uri(url);
        return uri.UserInfo.Length > 0 ? "must not contain credentials (user:password@)"
            : uri.Query.Length > 0 || url.Contains('?') ? "must not contain a query (?…)"
            : uri.Fragment.Length > 0 || url.Contains('#') ? "must not contain a fragment (#…)"
            : null;
    }
}
