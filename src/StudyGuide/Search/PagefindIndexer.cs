using StudyGuide.Diagnostics;
using StudyGuide.Processes;

namespace StudyGuide.Search;

/// <summary>
/// Runs Pagefind on a built (staged) site: it reads the pages' <c>data-pagefind-*</c> attributes
/// and writes the chunked search index to <c>/pagefind/</c>. It runs before the staged site is
/// swapped in, so a failed index leaves the last good site in place.
/// </summary>
public sealed class PagefindIndexer(ThemePackages packages)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Pagefind's ready-made interfaces. The site has its own (theme/assets/js/search/), and
    /// the default UI sets inline styles that the CSP forbids, so they are not published.
    /// </summary>
    private static readonly string[] UnusedFiles =
    [
        "pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
        "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js",
    ];

    /// <summary>
    /// The pages that are indexed (the route table's indexed routes: chapters, questions and
    /// checklists, whose layouts mark their main content with <c>data-pagefind-body</c>). Pagefind
    /// leaves every other page out of the index anyway, but would still read and parse it: listings
    /// and the whole-guide print page grow with the site (the print page of a 10,000-page site is
    /// over 100 MB). The index is byte-identical with or without this glob.
    /// </summary>
    private static readonly string IndexedPages = Routing.Routes.IndexedPagesGlob;

    /// <param name="bundleFolder">Where the index goes; by default <c>pagefind/</c> in the site folder.
    /// The live preview writes it beside the served folder and moves it in whole.</param>
    public bool Index(string siteFolder, DiagnosticBag diagnostics, string? bundleFolder = null)
    {
        var binary = packages.Pagefind(diagnostics);
        if (binary is null)
        {
            return false;
        }
        var bundle = bundleFolder ?? Path.Combine(siteFolder, "pagefind");
        string[] arguments = bundleFolder is null
            ? ["--site", siteFolder, "--glob", IndexedPages, "--quiet"]
            : ["--site", siteFolder, "--glob", IndexedPages, "--output-path", bundleFolder, "--quiet"];
        var outcome = ChildProcess.RunAsync(binary, arguments, siteFolder, Timeout).GetAwaiter().GetResult();
        if (!outcome.Succeeded || !File.Exists(Path.Combine(bundle, "pagefind.js")))
        {
            var why = outcome.TimedOut ? $"did not finish within {Timeout.TotalMinutes:F0} minutes" : $"failed (exit code {outcome.ExitCode})";
            diagnostics.Error(SourceLocation.StartOf(binary), $"building the search index with Pagefind {why}:\n{ThemePackages.Tail(outcome.Output)}");
            return false;
        }
        foreach (var file in UnusedFiles)
        {
            File.Delete(Path.Combine(bundle, file));
        }
        return true;
    }
}
