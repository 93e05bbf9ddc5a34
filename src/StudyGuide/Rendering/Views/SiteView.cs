namespace StudyGuide.Rendering.Views;

// View models are what templates see: plain records of display-ready values.
// Strings are escaped when printed; only TrustedHtml values are printed as HTML.
// Scriban exposes members in snake_case (TimeComplexity → time_complexity).

/// <summary>Site-wide values every layout can use as <c>site</c>.</summary>
public sealed record SiteView(
    string Title,
    string Description,
    string BaseUrl,
    IReadOnlyList<LinkView> Nav,
    string CssUrl,
    string JsUrl,
    string FaviconUrl,
    string PlaygroundEndpoint)
{
    /// <summary>The page's <c>&lt;meta&gt;</c> policy, from the one declaration the headers also come from.</summary>
    public string ContentSecurityPolicy => Output.SecurityHeaders.MetaContentSecurityPolicy;

    public string ReferrerPolicy => Output.SecurityHeaders.ReferrerPolicy;
}

/// <summary>Per-page values every layout can use as <c>page</c>.</summary>
/// <param name="Kind">Page type, also the <c>data-pagefind-filter</c> kind and a body class.</param>
/// <param name="EditUrl">Link to edit the source file, or null for generated pages.</param>
public sealed record PageView(string Title, string Description, string Url, string Canonical, string Kind, string? EditUrl);

public sealed record LinkView(string Title, string Url);

public sealed record TopicView(string Slug, string Name, string Url);
