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

/// <summary>
/// The sidebar's contents: every chapter, every bank with its questions, every checklist, in reading
/// order. Every page carries a sidebar, so a page gets its own cut of this (<see cref="For"/>): a
/// list longer than <see cref="MaxListed"/> shows only the current page's neighbours and a link to
/// the whole list. A page's sidebar is then bounded, and the site's size stays linear in its pages.
/// </summary>
internal sealed class SidebarView
{
    /// <summary>The longest list shown whole (the guide's longest, its coding bank, is under it).</summary>
    public const int MaxListed = 100;

    /// <summary>Items shown on each side of the current page in a list cut short.</summary>
    public const int Neighbours = 10;

    private readonly Dictionary<string, int> _chapterIndex;
    private readonly Dictionary<string, int> _checklistIndex;
    private readonly Dictionary<string, (int Bank, int Index)> _questionIndex = new(StringComparer.Ordinal);

    // What a page outside a list sees of it (the list's start, or all of it), the same for every such
    // page: made once, so a page makes only the cut of the list it is in. Made per page, these were
    // most of the sidebar's allocations, on the render stage's hot path.
    private readonly SidebarList _chaptersStart;
    private readonly SidebarList _checklistsStart;
    private readonly SidebarBankView[] _closedBanks;
    private readonly PageSidebarView _elsewhere;

    public SidebarView(IReadOnlyList<LinkView> chapters, IReadOnlyList<SidebarBank> banks, IReadOnlyList<LinkView> checklists)
    {
        (Chapters, Banks, Checklists) = (chapters, banks, checklists);
        _chapterIndex = IndexOf(chapters);
        _checklistIndex = IndexOf(checklists);
        for (var b = 0; b < banks.Count; b++)
        {
            for (var q = 0; q < banks[b].Questions.Count; q++)
            {
                _questionIndex.TryAdd(banks[b].Questions[q].Url, (b, q));
            }
        }
        _chaptersStart = Cut(chapters, -1);
        _checklistsStart = Cut(checklists, -1);
        _closedBanks = [.. banks.Select(bank => new SidebarBankView(bank.Title, bank.Url, Cut(bank.Questions, -1), Open: false))];
        _elsewhere = new(_chaptersStart, _closedBanks, _checklistsStart);
    }

    public IReadOnlyList<LinkView> Chapters { get; }

    public IReadOnlyList<SidebarBank> Banks { get; }

    public IReadOnlyList<LinkView> Checklists { get; }

    /// <summary>The sidebar of the page at <paramref name="pageUrl"/>: long lists cut around it, the group holding it marked open.</summary>
    public PageSidebarView For(string pageUrl)
    {
        var question = _questionIndex.TryGetValue(pageUrl, out var found) ? found : (Bank: -1, Index: -1);
        var banks = _closedBanks;
        for (var b = 0; b < banks.Length; b++)
        {
            if (question.Bank == b || pageUrl == Banks[b].Url)
            {
                banks = banks == _closedBanks ? [.. _closedBanks] : banks;
                var questions = CutAt(Banks[b].Questions, question.Bank == b ? question.Index : -1, _closedBanks[b].Questions);
                banks[b] = _closedBanks[b] with { Questions = questions, Open = true };
            }
        }
        var chapter = _chapterIndex.GetValueOrDefault(pageUrl, -1);
        var checklist = _checklistIndex.GetValueOrDefault(pageUrl, -1);
        return chapter < 0 && checklist < 0 && banks == _closedBanks
            ? _elsewhere
            : new(CutAt(Chapters, chapter, _chaptersStart), banks, CutAt(Checklists, checklist, _checklistsStart));
    }

    /// <summary><see cref="Cut"/>, or <paramref name="start"/> (the list's cut for no page) when that is the same.</summary>
    private static SidebarList CutAt(IReadOnlyList<LinkView> items, int current, SidebarList start) =>
        current < 0 || !start.Shortened ? start : Cut(items, current);

    /// <param name="current">Index of the current page in <paramref name="items"/>, or -1: then the list's start is shown.</param>
    private static SidebarList Cut(IReadOnlyList<LinkView> items, int current)
    {
        if (items.Count <= MaxListed)
        {
            return new(items, 1, items.Count, Shortened: false);
        }
        var first = Math.Clamp(current - Neighbours, 0, items.Count - (2 * Neighbours + 1));
        var shown = new List<LinkView>(2 * Neighbours + 1);
        for (var i = first; i < first + 2 * Neighbours + 1; i++)
        {
            shown.Add(items[i]);
        }
        return new(shown, first + 1, items.Count, Shortened: true);
    }

    private static Dictionary<string, int> IndexOf(IReadOnlyList<LinkView> items)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            index.TryAdd(items[i].Url, i);
        }
        return index;
    }
}

/// <summary>A bank in the sidebar's contents: its page and all its questions.</summary>
internal sealed record SidebarBank(string Title, string Url, IReadOnlyList<LinkView> Questions);

/// <summary>One page's sidebar (<c>sidebar</c> in the templates).</summary>
internal sealed record PageSidebarView(SidebarList Chapters, IReadOnlyList<SidebarBankView> Banks, SidebarList Checklists);

/// <param name="Open">The bank's group holds the current page (the bank's own page or one of its questions).</param>
internal sealed record SidebarBankView(string Title, string Url, SidebarList Questions, bool Open);

/// <summary>A list of the sidebar as one page shows it.</summary>
/// <param name="Start">Position of the first item shown in the whole list, from 1 (an ordered list's <c>start</c>).</param>
/// <param name="Total">How many items the whole list has.</param>
/// <param name="Shortened">Only the current page's neighbours (or the first items) are in <paramref name="Items"/>.</param>
internal sealed record SidebarList(IReadOnlyList<LinkView> Items, int Start, int Total, bool Shortened);
