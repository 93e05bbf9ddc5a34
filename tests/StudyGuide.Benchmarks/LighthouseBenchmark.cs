using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using StudyGuide.Cli.Serving;
using StudyGuide.Pipeline;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Benchmarks;

/// <summary>
/// Lighthouse (12.2.3, pinned exactly in <c>lighthouse/package.json</c>: later versions need Node 22)
/// at its default mobile preset on the real guide: builds <c>input/</c> with its search index and
/// the server's own address as base URL (as a deploy preview is built for its own URL), serves it
/// on 127.0.0.1 and prints the four category scores of each page, the median of <c>--runs</c> runs.
/// Installs Lighthouse with <c>npm ci</c> in <c>lighthouse/</c> the first time. Exits 1 when a score
/// is under <see cref="Target"/>.
/// </summary>
public sealed class LighthouseBenchmark(string chromium, int runs, string[] urls)
{
    public static readonly string[] DefaultUrls = ["/", "/problems/two-sum/", "/problems/", "/search/?q=goroutine"];

    private static readonly string[] Categories = ["performance", "accessibility", "best-practices", "seo"];

    public const int Target = 95;

    private static string Folder => Path.Combine(RepoPaths.Root, "tests", "StudyGuide.Benchmarks", "lighthouse");

    public async Task<int> RunAsync()
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "lighthouse")) && await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], Folder) != 0)
        {
            Console.Error.WriteLine("npm ci in tests/StudyGuide.Benchmarks/lighthouse failed");
            return 1;
        }
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "_site");
        Directory.CreateDirectory(output);
        await using var server = await SiteServer.StartAsync(new SiteServerOptions(output, Port: 0));
        var result = new SiteBuilder().Build(new BuildOptions(RepoPaths.Input, RepoPaths.Theme, output, BaseUrl: server.Address));
        if (!result.Succeeded)
        {
            result.Diagnostics.Take(20).ToList().ForEach(d => Console.Error.WriteLine(d));
            return 1;
        }

        Console.WriteLine($"Lighthouse 12.2.3, mobile preset (simulated throttling), {runs} run(s) per page, median; Chromium {chromium}");
        Console.WriteLine($"{"page",-24} {"perf",5} {"a11y",5} {"b.p.",5} {"seo",5}");
        var below = 0;
        foreach (var url in urls)
        {
            var scores = new List<Dictionary<string, int>>();
            for (var run = 0; run < runs; run++)
            {
                var report = Path.Combine(temp.Path, $"report-{scores.Count}.json");
                var exit = await RunAsync("node", [Path.Combine(Folder, "node_modules", "lighthouse", "cli", "index.js"), server.Address + url,
                    "--output=json", $"--output-path={report}", "--quiet", $"--only-categories={string.Join(',', Categories)}",
                    "--chrome-flags=--headless=new --no-sandbox --disable-gpu"], Folder, ("CHROME_PATH", chromium));
                if (exit != 0 || !File.Exists(report))
                {
                    Console.Error.WriteLine($"lighthouse failed on {url} (exit code {exit})");
                    return 1;
                }
                using var json = JsonDocument.Parse(File.ReadAllText(report));
                var categories = json.RootElement.GetProperty("categories");
                scores.Add(Categories.ToDictionary(c => c, c => (int)Math.Round(categories.GetProperty(c).GetProperty("score").GetDouble() * 100)));
            }
            var median = Categories.ToDictionary(c => c, c => scores.Select(s => s[c]).Order().ElementAt(scores.Count / 2));
            below += median.Values.Count(v => v < Target);
            Console.WriteLine($"{url,-24} {string.Join(' ', Categories.Select(c => median[c].ToString(CultureInfo.InvariantCulture).PadLeft(5)))}");
        }
        return below == 0 ? 0 : 1;
    }

    private static async Task<int> RunAsync(string program, IEnumerable<string> arguments, string folder, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(program, arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            Console.Error.Write(await error);
        }
        return process.ExitCode;
    }

    /// <summary>A temporary folder, deleted when disposed.</summary>
    private sealed class TempDirectory : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("studyguide-lighthouse-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
