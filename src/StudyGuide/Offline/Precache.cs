using System.Security.Cryptography;
using System.Text;
using StudyGuide.Routing;

namespace StudyGuide.Offline;

/// <summary>A file the build publishes at <paramref name="Url"/> (not a page), with its bytes.</summary>
internal sealed record PublishedFile(string Url, byte[] Bytes);

/// <summary>
/// What the service worker downloads when it installs, so the guide works offline: every published
/// file but the crawlers' (the hashed assets, the images, the manifest, the search data and the
/// whole Pagefind index) and the pages a reader needs before visiting any (<see cref="Pages"/>).
/// <see cref="Version"/> is the build's hash: a hash of every listed URL and of every listed file's
/// bytes, so a build that changes any of them gives a different <c>/sw.js</c>, which is how
/// browsers learn of a new deployment. It names the service worker's caches and is Pagefind's
/// <c>metaCacheTag</c>.
/// </summary>
internal sealed record Precache(string Version, IReadOnlyList<string> Urls)
{
    /// <summary>
    /// Pages downloaded at install: the home page and the search page (so a search typed in any
    /// page's box works offline). Other pages are kept as the reader visits them.
    /// </summary>
    public static readonly IReadOnlyList<string> Pages = [Routes.Home.Url, Routes.Search.Url];

    /// <summary>Pagefind's entry file, which its script requests with <c>?ts=</c> and the tag: listed that way.</summary>
    public const string PagefindEntry = Routes.PagefindFolder + "pagefind-entry.json";

    /// <summary>Files no reader's browser asks for.</summary>
    private static readonly HashSet<string> Unlisted = ["/sitemap.xml", "/robots.txt", ServiceWorker.Url];

    public static Precache Of(IEnumerable<PublishedFile> files)
    {
        var listed = files.Where(f => !Unlisted.Contains(f.Url)).OrderBy(f => f.Url, StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        foreach (var file in listed)
        {
            text.Append(file.Url).Append(' ').Append(Convert.ToHexStringLower(SHA256.HashData(file.Bytes))).Append('\n');
        }
        foreach (var page in Pages)
        {
            text.Append(page).Append('\n');
        }
        var version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
        var urls = listed.Select(f => f.Url == PagefindEntry ? $"{f.Url}?ts={version}" : f.Url).Concat(Pages).ToList();
        return new Precache(version, urls);
    }
}
