namespace StudyGuide.Routing;

/// <summary>
/// The route table: every page the site publishes and every other URL a page or script refers to,
/// declared once. Link checking, page planning, the search indexer's page selection, the templates
/// (<c>site.urls</c>), the scripts (through the <c>data-url-*</c> attributes the base layout writes on
/// <c>&lt;html&gt;</c> from <c>site.urls</c>, read by <c>theme/assets/js/routes.js</c>; the service worker
/// through the list the build puts in it) and the publishing tests all read it from here.
/// </summary>
public static class Routes
{
    public static readonly Route Home = new("/", "home");
    public static readonly Route Chapters = new("/chapters/", "chapters");
    public static readonly Route Chapter = new("/chapters/{id}/", "chapter", Indexed: true);
    public static readonly Route Bank = new("/banks/{id}/", "bank");
    public static readonly Route Problems = new("/problems/", "problems");
    public static readonly Route Question = new("/problems/{id}/", "question", Indexed: true);
    public static readonly Route Checklists = new("/checklists/", "checklists");
    public static readonly Route Checklist = new("/checklists/{id}/", "checklist", Indexed: true);
    public static readonly Route Topics = new("/topics/", "topics");
    public static readonly Route Progress = new("/progress/", "progress");
    public static readonly Route Review = new("/review/", "review");
    public static readonly Route Mock = new("/mock/", "mock");
    public static readonly Route PrintGuide = new("/print/", "print-guide");
    public static readonly Route PrintChecklists = new("/print/checklists/", "print-checklists");
    public static readonly Route Search = new("/search/", "search");

    /// <summary>Not a URL of the site: what hosts serve for an unknown path.</summary>
    public static readonly Route NotFound = new("/404.html", "notfound");

    /// <summary>Every page, in the order the build plans them (the 404 page last).</summary>
    public static readonly IReadOnlyList<Route> Pages =
        [Home, Chapters, Problems, Checklists, Topics, Progress, Review, Mock, PrintChecklists, Search, Chapter, Bank, Question, Checklist, PrintGuide, NotFound];

    /// <summary>The pages that are not made from one content file: links may point at them, and they have no "edit this page" link.</summary>
    public static IEnumerable<string> GeneratedPages => Pages.Where(r => !r.PerContent && r != NotFound).Select(r => r.Url);

    /// <summary>The search data the build writes beside the pages (see <c>Search/SearchDataFiles</c>).</summary>
    public const string SearchVocabulary = "/search/vocabulary.json";

    public const string SearchFilters = "/search/filters.json";

    /// <summary>The folder of Pagefind's index (its script, entry file, chunks and fragments).</summary>
    public const string PagefindFolder = "/pagefind/";

    /// <summary>Pagefind's script, in the index it writes to <see cref="PagefindFolder"/>.</summary>
    public const string PagefindScript = PagefindFolder + "pagefind.js";

    /// <summary>The theme's assets, published with a content hash in their names.</summary>
    public const string Assets = "/assets/";

    /// <summary>The files published under the same name on every build that browsers come back for: never cached as immutable (netlify.toml).</summary>
    public static readonly IReadOnlyList<string> UnhashedAppFiles = [ServiceWorker, WebManifest];

    /// <summary>The service worker (<c>Offline/ServiceWorker</c>): unhashed, at the root, so it controls every page and browsers find a new version at the same URL.</summary>
    public const string ServiceWorker = "/sw.js";

    /// <summary>The web app manifest (<c>Offline/WebManifest</c>): unhashed, as browsers look for its updates at the URL pages name.</summary>
    public const string WebManifest = "/manifest.webmanifest";

    /// <summary>
    /// The pages search indexes, as one glob of the written files (<c>{chapters,problems,checklists}/*/index.html</c>):
    /// every indexed route is a family <c>/section/{id}/</c>.
    /// </summary>
    public static string IndexedPagesGlob
    {
        get
        {
            var indexed = Pages.Where(r => r.Indexed).ToList();
            if (indexed.Any(r => r.Pattern != $"/{r.Section}/{{id}}/"))
            {
                throw new InvalidOperationException("an indexed route is not of the form /section/{id}/");
            }
            return $"{{{string.Join(',', indexed.Select(r => r.Section))}}}/*/index.html";
        }
    }

    /// <summary>The problems list filtered to one coding category (the page's script reads the query; without it, the whole list).</summary>
    public static string ProblemsIn(string category) => $"{Problems.Url}?category={category}";

    /// <summary>A topic's place on the topics page.</summary>
    public static string Topic(string topic) => $"{Topics.Url}#{topic}";

    /// <summary>Output file of a clean URL: <c>/problems/two-sum/</c> → <c>problems/two-sum/index.html</c>.</summary>
    public static string FileOf(string url) => url.EndsWith('/') ? url.TrimStart('/') + "index.html" : url.TrimStart('/');

    /// <summary>The repository's editor for a content file (<c>input/…</c>), on the branch of <c>site.yml</c>.</summary>
    public static string EditUrl(string repository, string branch, string repositoryPath) => $"{repository}/edit/{branch}/{repositoryPath}";
}
