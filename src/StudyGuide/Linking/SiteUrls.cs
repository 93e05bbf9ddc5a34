using StudyGuide.Content;

namespace StudyGuide.Linking;

/// <summary>
/// The URL scheme, in one place. URLs are clean (a folder with index.html) and root-relative,
/// so the site works on any host that serves it at the domain root.
/// </summary>
public static class SiteUrls
{
    public const string Home = "/";
    public const string Chapters = "/chapters/";
    public const string Problems = "/problems/";
    public const string Checklists = "/checklists/";
    public const string Topics = "/topics/";
    public const string Progress = "/progress/";
    public const string Review = "/review/";
    public const string Mock = "/mock/";
    public const string Print = "/print/";
    public const string PrintChecklists = "/print/checklists/";
    public const string Search = "/search/";

    public static string Chapter(string id) => $"/chapters/{id}/";

    public static string Bank(string id) => $"/banks/{id}/";

    public static string Question(string id) => $"/problems/{id}/";

    public static string Checklist(string id) => $"/checklists/{id}/";

    public static string Topic(string topic) => $"{Topics}#{topic}";

    /// <summary>The problems list filtered to one category (the page's script reads the query; without it, the whole list).</summary>
    public static string ProblemsIn(string category) => $"{Problems}?category={category}";

    /// <summary>Output file of a clean URL: <c>/problems/two-sum/</c> → <c>problems/two-sum/index.html</c>.</summary>
    public static string FileOf(string url) => url.EndsWith('/') ? url.TrimStart('/') + "index.html" : url.TrimStart('/');

    public static string EditUrl(SiteConfig site, string repositoryPath) => $"{site.Repository}/edit/{site.Branch}/{repositoryPath}";
}
