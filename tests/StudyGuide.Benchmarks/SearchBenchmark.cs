using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Playwright;
using StudyGuide.Cli.Serving;
using StudyGuide.Pipeline;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Benchmarks;

/// <summary>What one query cost in the browser.</summary>
/// <param name="Bytes">Response bodies fetched from <c>/pagefind/</c> as transferred (compressed where the server compresses), by kind of file.</param>
/// <param name="FileBytes">The same responses as files on disk (uncompressed).</param>
/// <param name="VocabularyBytes">Bytes of <c>/search/*.json</c> (typo correction, filter labels), outside Pagefind.</param>
/// <param name="Milliseconds">From the last input event to the results on screen.</param>
/// <param name="Timeline">
/// For a pasted query: each request from the input event on ("start–end ms file") and each
/// <c>performance.mark</c> ("ms mark name"), in order of time.
/// </param>
public sealed record QueryCost(IReadOnlyDictionary<string, long> Bytes, long FileBytes, long VocabularyBytes, double Milliseconds, int Results, IReadOnlyList<string> Timeline)
{
    public long PagefindBytes => Bytes.Values.Sum();
}

/// <summary>
/// <c>search --pages N</c>: generates a synthetic site of N pages, builds it with its search index,
/// serves it on 127.0.0.1 and, in headless Chromium, enters queries into the header search box. For
/// each query it prints the bytes fetched and the time until the results are shown: pasted into a
/// page that has loaded nothing for search yet (Pagefind's script, WebAssembly and metadata are part
/// of the query), typed key by key after focusing the box (as a reader does), and warm (a second
/// query on the same page).
/// </summary>
/// <param name="keep">
/// A folder to build the site in and keep, or null for a temporary one. When it already holds a
/// site built by an earlier run, that site is measured as it is (no generating, no building): a
/// 10,000-page build takes about 40 s, too long to repeat while comparing runs. Delete the folder
/// after changing the theme or the generator.
/// </param>
/// <param name="timeline">
/// Print every pasted run's time and the timeline of the first: when each request started and
/// ended, and any <c>performance.mark</c> (none in the site; add some by hand to a kept site's
/// <c>pagefind.js</c> or <c>site.*.js</c> to see where the time between requests goes).
/// </param>
public sealed class SearchBenchmark(int pages, IReadOnlyList<string> queries, int runs, string chromium, string? keep, bool timeline)
{
    public async Task<int> RunAsync()
    {
        var root = keep ?? Path.Combine(Path.GetTempPath(), $"studyguide-bench-{pages}-{Environment.ProcessId}");
        try
        {
            var output = Path.Combine(root, "_site");
            if (keep is not null && File.Exists(Path.Combine(output, "pagefind", "pagefind-entry.json")))
            {
                Console.WriteLine($"Site: reused from {output} (built by an earlier run; --pages is not checked)");
            }
            else if (!Build(Path.Combine(root, "input"), output))
            {
                return 1;
            }
            var index = new DirectoryInfo(Path.Combine(output, "pagefind")).EnumerateFiles("*", SearchOption.AllDirectories).ToList();
            Console.WriteLine($"Index: {index.Count} files, {Kb(index.Sum(f => f.Length))} KB; vocabulary {Kb(new FileInfo(Path.Combine(output, "search", "vocabulary.json")).Length)} KB");

            await using var server = await SiteServer.StartAsync(new SiteServerOptions(output, Port: 0));
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await HeadlessChromium.LaunchAsync(playwright, chromium);
            Console.WriteLine($"Machine: {Machine()}; Chromium {browser.Version}; {runs} runs per query, median time");
            // The browser process compiles its own code on first use: one unmeasured query keeps that out of the first row.
            await MeasureAsync(browser, server.Address, output, Mode.Paste, queries[0], queries[0]);
            Console.WriteLine();
            Console.WriteLine($"{"query",-16} {"results",7} | {"paste KB",8} {"ms",5} | {"typed KB",8} {"ms",5} | {"warm KB",7} {"ms",5} | paste: KB by file kind");

            var failed = false;
            for (var i = 0; i < queries.Count; i++)
            {
                var query = queries[i];
                var before = queries[(i + 1) % queries.Count]; // another query first, for the warm case
                var costs = new Dictionary<Mode, List<QueryCost>> { [Mode.Paste] = [], [Mode.Typed] = [], [Mode.Warm] = [] };
                for (var run = 0; run < runs; run++)
                {
                    foreach (var mode in costs.Keys)
                    {
                        costs[mode].Add(await MeasureAsync(browser, server.Address, output, mode, query, before));
                    }
                }
                var paste = costs[Mode.Paste][0];
                var typed = costs[Mode.Typed][0];
                var warm = costs[Mode.Warm][0];
                failed |= paste.Results == 0;
                var kinds = string.Join(", ", paste.Bytes.OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => $"{b.Key} {Kb(b.Value)}"));
                var extra = $"; {Kb(paste.FileBytes)} as files" + (paste.VocabularyBytes > 0 ? $"; + /search/*.json {Kb(paste.VocabularyBytes)}" : "");
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{query,-16} {paste.Results,7} | {Kb(paste.PagefindBytes),8} {Median(costs[Mode.Paste]),5:F0} | {Kb(typed.PagefindBytes),8} {Median(costs[Mode.Typed]),5:F0} | {Kb(warm.PagefindBytes),7} {Median(costs[Mode.Warm]),5:F0} | {kinds}{extra}"));
                if (timeline)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  paste runs: {string.Join(", ", costs[Mode.Paste].Select(c => c.Milliseconds.ToString("F0", CultureInfo.InvariantCulture)))} ms; first run:"));
                    paste.Timeline.ToList().ForEach(line => Console.WriteLine("    " + line));
                }
            }
            Console.WriteLine();
            Console.WriteLine("KB: 1,000 bytes of /pagefind/ response bodies as transferred (the server compresses text like Netlify; Pagefind's index files are gzipped by Pagefind). results: pages found.");
            Console.WriteLine("paste: the whole query in one input event on a page that has loaded nothing for search yet; ms from that event to the results on screen.");
            Console.WriteLine($"typed: focus the box, then type at {KeyDelay} ms per key; KB for the whole session, ms from the last key to the results on screen.");
            Console.WriteLine("warm: pasted after another query on the same page; KB and ms of this query alone. Times include the 80 ms typing pause.");
            return failed ? 1 : 0;
        }
        finally
        {
            if (keep is null && Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    /// <summary>Writes the synthetic content and builds it with the real pipeline and theme.</summary>
    private bool Build(string input, string output)
    {
        new SyntheticSite(pages).WriteTo(input);
        var clock = Stopwatch.StartNew();
        var result = new SiteBuilder().Build(new BuildOptions(input, RepoPaths.Theme, output));
        if (!result.Succeeded)
        {
            result.Diagnostics.Take(20).ToList().ForEach(d => Console.Error.WriteLine(d));
            return false;
        }
        Console.WriteLine($"Site: {result.PageCount} pages built in {clock.Elapsed.TotalSeconds:F1} s " +
            $"(search stage {result.Timings.Single(t => t.Stage == "search").Elapsed.TotalSeconds:F1} s)");
        return true;
    }

    private enum Mode
    {
        Paste,
        Typed,
        Warm,
    }

    /// <summary>A steady typist: about 120 words a minute.</summary>
    private const int KeyDelay = 100;

    /// <summary>One measured query on a fresh page (fresh browser context: empty cache).</summary>
    private static async Task<QueryCost> MeasureAsync(IBrowser browser, string address, string site, Mode mode, string query, string before)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = address });
        var page = await context.NewPageAsync();
        var finished = new List<Task<(string Url, long Size)>>();
        page.RequestFinished += (_, request) =>
        {
            lock (finished)
            {
                finished.Add(SizeOf(request));
            }
        };
        await page.GotoAsync("/chapters/chapter-1/");
        await page.WaitForFunctionAsync("() => document.getElementById('search-panel') !== null");
        if (mode == Mode.Warm)
        {
            await page.EvaluateAsync<double[]>(PasteScript, before);
        }

        int start;
        lock (finished)
        {
            start = finished.Count;
        }
        double milliseconds;
        int results;
        IReadOnlyList<string> requests = [];
        if (mode == Mode.Typed)
        {
            await page.FocusAsync("#search-input");
            var waiting = page.EvaluateAsync<double[]>(WaitScript, query);
            await page.Locator("#search-input").PressSequentiallyAsync(query, new() { Delay = KeyDelay });
            var measured = await waiting;
            (milliseconds, results) = (measured[0], (int)measured[1]);
        }
        else
        {
            var measured = await page.EvaluateAsync<double[]>(PasteScript, query);
            (milliseconds, results) = (measured[0], (int)measured[1]);
            requests = await page.EvaluateAsync<string[]>(TimelineScript);
        }

        List<Task<(string Url, long Size)>> mine;
        lock (finished)
        {
            mine = finished.Skip(start).ToList();
        }
        var sizes = await Task.WhenAll(mine);
        var pagefind = sizes.Where(s => s.Url.Contains("/pagefind/", StringComparison.Ordinal)).ToList();
        var bytes = pagefind.GroupBy(s => KindOf(s.Url)).ToDictionary(g => g.Key, g => g.Sum(s => s.Size));
        var files = pagefind.Sum(s => new FileInfo(Path.Combine(site, new Uri(s.Url).AbsolutePath.TrimStart('/'))).Length);
        var vocabulary = sizes.Where(s => s.Url.Contains("/search/", StringComparison.Ordinal) && s.Url.EndsWith(".json", StringComparison.Ordinal)).Sum(s => s.Size);
        return new QueryCost(bytes, files, vocabulary, milliseconds, results, requests);
    }

    /// <summary>
    /// Resolves when the dropdown shows the results for the query, with [ms since the last input
    /// event, number of results]. Timed inside the page, so the benchmark's own overhead is not counted.
    /// </summary>
    private const string WaitScript = """
        (query) => new Promise(resolve => {
          const input = document.getElementById("search-input");
          const panel = document.getElementById("search-panel");
          const status = panel.querySelector(".search-status");
          let last = performance.now();
          input.addEventListener("input", () => { last = performance.now(); });
          const observer = new MutationObserver(() => {
            if (input.value === query && status.textContent.includes("“" + query + "”")) {
              observer.disconnect();
              resolve([performance.now() - last, Number((status.textContent.match(/\d+/) || ["0"])[0])]);
            }
          });
          observer.observe(panel, { childList: true, subtree: true, characterData: true });
        })
        """;

    /// <summary>Puts the whole query into the box in one input event (a paste) and waits for its results.</summary>
    private static readonly string PasteScript = """
        async (query) => {
          const input = document.getElementById("search-input");
          const waiting = (WAIT)(query);
          window.benchmarkInputAt = performance.now();
          input.value = query;
          input.dispatchEvent(new Event("input", { bubbles: true }));
          return await waiting;
        }
        """.Replace("(WAIT)", $"({WaitScript})", StringComparison.Ordinal);

    /// <summary>The page's requests and marks since the pasted input event (resource timing), to see the critical path.</summary>
    private const string TimelineScript = """
        () => performance.getEntriesByType("resource").concat(performance.getEntriesByType("mark"))
          .filter(e => e.startTime >= window.benchmarkInputAt).sort((a, b) => a.startTime - b.startTime)
          .map(e => e.entryType === "mark"
            ? `${(e.startTime - window.benchmarkInputAt).toFixed(0)} ms mark ${e.name}`
            : `${(e.startTime - window.benchmarkInputAt).toFixed(0)}–${(e.responseEnd - window.benchmarkInputAt).toFixed(0)} ms ${new URL(e.name).pathname} (${e.initiatorType}, ${e.transferSize} B)`)
        """;

    private static async Task<(string Url, long Size)> SizeOf(IRequest request)
    {
        var sizes = await request.SizesAsync();
        return (request.Url, sizes.ResponseBodySize);
    }

    private static string KindOf(string url)
    {
        var path = new Uri(url).AbsolutePath;
        return path switch
        {
            _ when path.EndsWith(".pf_fragment", StringComparison.Ordinal) => "fragments",
            _ when path.EndsWith(".pf_index", StringComparison.Ordinal) => "index",
            _ when path.EndsWith(".pf_filter", StringComparison.Ordinal) => "filters",
            _ when path.EndsWith(".pf_meta", StringComparison.Ordinal) => "meta",
            _ when path.Contains("wasm", StringComparison.Ordinal) => "wasm",
            _ => "js",
        };
    }

    private static double Median(List<QueryCost> costs)
    {
        var sorted = costs.Select(c => c.Milliseconds).Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static string Kb(long bytes) => (bytes / 1000.0).ToString("F1", CultureInfo.InvariantCulture);


    private static string Machine()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        return $"{cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}, {Environment.ProcessorCount} cores, {memory:F0} GiB, {RuntimeInformation.OSDescription}";
    }
}
