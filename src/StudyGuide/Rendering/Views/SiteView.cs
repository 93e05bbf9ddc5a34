using StudyGuide.Routing;

namespace StudyGuide.Rendering.Views;

// View models are what templates see: plain records of display-ready values.
// Strings are escaped when printed; only TrustedHtml values are printed as HTML.
// Scriban exposes members in snake_case (TimeComplexity → time_complexity).

/// <summary>Site-wide values every layout can use as <c>site</c>.</summary>
/// <param name="ThemeScriptUrl">The tiny classic script that applies the reader's light or dark choice before the first paint.</param>
/// <param name="Sidebar">The guide's contents for the sidebar (and the phone menu) of every page.</param>
/// <param name="ReviewJsUrl">The script of /review/ alone (with the FSRS scheduler), loaded after <paramref name="JsUrl"/>.</param>
/// <param name="MockJsUrl">The script of /mock/ alone, loaded after <paramref name="JsUrl"/>.</param>
internal sealed record SiteView(
    string Title,
    string Description,
    string BaseUrl,
    IReadOnlyList<LinkView> Nav,
    string CssUrl,
    string JsUrl,
    string FaviconUrl,
    string PlaygroundEndpoint,
    string ThemeScriptUrl,
    SidebarView Sidebar,
    string ReviewJsUrl,
    string MockJsUrl)
{
    /// <summary>The page's <c>&lt;meta&gt;</c> policy, from the one declaration the headers also come from.</summary>
    public string ContentSecurityPolicy => Publishing.SecurityHeaders.MetaContentSecurityPolicy;

    public string ReferrerPolicy => Publishing.SecurityHeaders.ReferrerPolicy;

    /// <summary>The route table's URLs, as <c>site.urls</c>: layouts link with them and hand them to the scripts in data attributes.</summary>
    public UrlsView Urls => UrlsView.FromRoutes;

    /// <summary>The code editor of coding problems, an ES module the page script imports only where there is a Practice section.</summary>
    public string EditorUrl { get; init; } = "";

    /// <summary>The share image of every page's Open Graph and Twitter card tags.</summary>
    public ShareImageView ShareImage { get; init; } = new("", 0, 0, "");

    /// <summary>What makes the guide installable and usable offline: the manifest, the home-screen icon, the browser colour.</summary>
    public AppView App { get; init; } = new("", "", "");
}

/// <summary>The URLs of the route table that layouts and scripts refer to (Scriban: <c>site.urls.print_guide</c>, …).</summary>
/// <param name="Question">A pattern, not a URL: a question's page with <c>{id}</c> for its id (the scripts fill it in).</param>
/// <param name="ServiceWorker">The service worker the pages register.</param>
internal sealed record UrlsView(
    string Home,
    string Chapters,
    string Problems,
    string Checklists,
    string Topics,
    string Progress,
    string Review,
    string Mock,
    string PrintGuide,
    string PrintChecklists,
    string Search,
    string SearchVocabulary,
    string SearchFilters,
    string PagefindScript,
    string Question,
    string ServiceWorker)
{
    public static UrlsView FromRoutes { get; } = new(
        Routes.Home.Url, Routes.Chapters.Url, Routes.Problems.Url, Routes.Checklists.Url, Routes.Topics.Url, Routes.Progress.Url, Routes.Review.Url, Routes.Mock.Url,
        Routes.PrintGuide.Url, Routes.PrintChecklists.Url, Routes.Search.Url, Routes.SearchVocabulary, Routes.SearchFilters, Routes.PagefindScript,
        Routes.Question.Pattern, Routes.ServiceWorker);
}

/// <param name="Url">Absolute (with the site's base URL), as link previews need it.</param>
internal sealed record ShareImageView(string Url, int Width, int Height, string Alt);

/// <param name="ManifestUrl">The web app manifest.</param>
/// <param name="IconUrl">A square PNG icon, for <c>apple-touch-icon</c>.</param>
/// <param name="ThemeColor">The browser's colour around the installed guide.</param>
internal sealed record AppView(string ManifestUrl, string IconUrl, string ThemeColor);

/// <summary>Per-page values every layout can use as <c>page</c>.</summary>
/// <param name="Kind">Page type, also the <c>data-pagefind-filter</c> kind and a body class.</param>
/// <param name="EditUrl">Link to edit the source file, or null for generated pages.</param>
internal sealed record PageView(string Title, string Description, string Url, string Canonical, string Kind, string? EditUrl);

internal sealed record LinkView(string Title, string Url);

internal sealed record TopicView(string Slug, string Name, string Url);

/// <summary>The sidebar: every chapter, every bank with its questions, every checklist, in reading order.</summary>
internal sealed record SidebarView(IReadOnlyList<LinkView> Chapters, IReadOnlyList<SidebarBankView> Banks, IReadOnlyList<LinkView> Checklists);

internal sealed record SidebarBankView(string Title, string Url, IReadOnlyList<LinkView> Questions);
