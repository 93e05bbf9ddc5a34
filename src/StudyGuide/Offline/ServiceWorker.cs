using System.Text.Json;
using StudyGuide.Routing;

namespace StudyGuide.Offline;

/// <summary>
/// <c>/sw.js</c>: the theme's service worker (<c>theme/assets/js/offline/</c>, bundled by esbuild into
/// <c>theme/assets/dist/sw.js</c>) with the build's <see cref="Precache"/> (and the route table's
/// folders its rules need) in place of its one <see cref="Placeholder"/>, as Workbox's
/// <c>injectManifest</c> does. Unhashed, at the root: a service worker controls the pages under its
/// own folder, and browsers find a new version by fetching the same URL again.
/// </summary>
internal static class ServiceWorker
{
    public const string Url = Routes.ServiceWorker;

    /// <summary>The expression in the bundle that stands for the build's list.</summary>
    public const string Placeholder = "self.__SW_MANIFEST";

    /// <summary>The script, or null when the bundle does not hold the placeholder exactly once (a theme bug).</summary>
    public static string? Script(string bundle, Precache precache)
    {
        var at = bundle.IndexOf(Placeholder, StringComparison.Ordinal);
        if (at < 0 || bundle.IndexOf(Placeholder, at + 1, StringComparison.Ordinal) >= 0)
        {
            return null;
        }
        // JSON is a JavaScript expression; the serializer escapes <, >, &, quotes and non-ASCII.
        // The folders of the route table the worker's rules need (it has no page to read them from).
        var list = JsonSerializer.Serialize(new { version = precache.Version, folders = new { assets = Routes.Assets, pagefind = Routes.PagefindFolder }, urls = precache.Urls });
        return bundle[..at] + list + bundle[(at + Placeholder.Length)..];
    }
}
