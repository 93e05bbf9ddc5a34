using StudyGuide.Diagnostics;
using StudyGuide.Publishing;

namespace StudyGuide.Offline;

/// <summary>
/// The build's last stage before the commit: <c>/sw.js</c>, listing everything to precache. It runs
/// after the search stage because the list holds Pagefind's index, which exists only then (on
/// disk, in the staging folder; the live preview keeps its site in memory and indexes it later,
/// so its service worker lists no index and search there always asks the server).
/// </summary>
internal static class OfflineStage
{
    /// <param name="published">The files the build wrote, pages aside (assets, images, manifest, search data).</param>
    /// <param name="bundlePath">Where the script came from, for the error when it lacks the placeholder.</param>
    public static bool Run(string serviceWorkerBundle, IEnumerable<PublishedFile> published, ISiteOutput output, string bundlePath, DiagnosticBag diagnostics)
    {
        var precache = Precache.Of(published.Concat(FilesUnder(output.FolderOnDisk, "pagefind")));
        if (ServiceWorker.Script(serviceWorkerBundle, precache) is not { } script)
        {
            diagnostics.Error(SourceLocation.StartOf(bundlePath),
                $"the service worker's bundle must hold '{ServiceWorker.Placeholder}' exactly once, where the build puts its file list; rebuild it with `npm run build` in theme/");
            return false;
        }
        output.Write(ServiceWorker.Url.TrimStart('/'), script);
        return true;
    }

    /// <summary>Files a tool wrote into <paramref name="siteFolder"/>'s <paramref name="folder"/>, in name order; none without a folder on disk.</summary>
    private static IEnumerable<PublishedFile> FilesUnder(string? siteFolder, string folder)
    {
        var root = siteFolder is null ? null : Path.Combine(siteFolder, folder);
        if (root is null || !Directory.Exists(root))
        {
            return [];
        }
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => new PublishedFile("/" + Path.GetRelativePath(siteFolder!, path).Replace('\\', '/'), File.ReadAllBytes(path)));
    }
}
