using System.CommandLine;
using StudyGuide.Benchmarks;

// Benchmark commands: they measure and print figures (for docs/performance.md); they are not tests.
static Option<int> Pages() => new("--pages") { Description = "Content pages of the synthetic site", DefaultValueFactory = _ => 1000 };

var pages = Pages();
var queries = new Option<string[]>("--query")
{
    Description = "A query to measure (repeat the option for several)",
    DefaultValueFactory = _ => ["goroutine", "binary search", "cache eviction", "anagram", "anagarm"],
};
var runs = new Option<int>("--runs") { Description = "Times each query is measured (the median time is printed)", DefaultValueFactory = _ => 5 };
var chromium = new Option<string>("--chromium") { Description = "Chromium executable", DefaultValueFactory = _ => "/usr/bin/chromium" };
var site = new Option<string?>("--site") { Description = "Build the site in this folder and keep it; a folder holding a site built by an earlier run is measured without building again" };
var timeline = new Option<bool>("--timeline") { Description = "Print each query's paste times and the requests of its first pasted run (start–end ms after the input event)" };
var search = new Command("search", "Build a synthetic site with its search index and measure queries in headless Chromium") { pages, queries, runs, chromium, site, timeline };
search.SetAction((parse, _) => new SearchBenchmark(parse.GetValue(pages), parse.GetValue(queries)!, parse.GetValue(runs), parse.GetValue(chromium)!, parse.GetValue(site), parse.GetValue(timeline)).RunAsync());

var generatePages = Pages();
var folder = new Option<string>("--output") { Description = "Content folder to write (like input/)", Required = true };
var generate = new Command("generate", "Write the synthetic content folder the benchmarks build, to build or inspect it yourself") { generatePages, folder };
generate.SetAction(parse =>
{
    new SyntheticSite(parse.GetValue(generatePages)).WriteTo(parse.GetValue(folder)!);
    return 0;
});

var buildPages = new Option<int[]>("--chapters")
{
    Description = "Chapters of the synthetic content (as many coding questions are added); repeat for several sizes",
    DefaultValueFactory = _ => [500, 5000], // 1,011 and 10,011 pages: the two sizes
    AllowMultipleArgumentsPerToken = true,
};
var buildRuns = new Option<int>("--runs") { Description = "Builds per configuration (the median is printed)", DefaultValueFactory = _ => 3 };
var noIncremental = new Option<bool>("--no-incremental") { Description = "Skip the serve save → written measurement" };
var readyToRun = new Option<bool>("--ready-to-run") { Description = "Measure the CLI published ReadyToRun (compiled ahead of time, less JIT at start) instead of the plain Release build" };
var contentOnly = new Option<bool>("--content-only") { Description = "Write the content folder, print where, and build nothing: to time other commands (another version of the CLI) on the same content" };
var build = new Command("build", "Build N chapters + N coding questions with the Release CLI as a separate process; print time, pages/s, peak memory, output size, and the incremental rebuild time")
    { buildPages, buildRuns, noIncremental, readyToRun, contentOnly };
build.SetAction(async (parse, _) =>
{
    foreach (var n in parse.GetValue(buildPages)!)
    {
        await new BuildBenchmark(n, n, parse.GetValue(buildRuns), !parse.GetValue(noIncremental), parse.GetValue(readyToRun), parse.GetValue(contentOnly)).RunAsync();
    }
    return 0;
});

var fuzzCases = new Option<int>("--cases") { Description = "Cases to run, numbered from 0", DefaultValueFactory = _ => 1000 };
var fuzzSeed = new Option<ulong?>("--seed") { Description = "Seed of the cases (printed; random when not given): the same seed gives the same cases" };
var fuzzCase = new Option<int?>("--case") { Description = "Run only this case of the seed and keep its folder, to reproduce it" };
var fuzzTimeout = new Option<double>("--timeout") { Description = "Seconds after which a case is a hang (its worker is killed and restarted)", DefaultValueFactory = _ => 5 };
var fuzzWorkers = new Option<int>("--workers") { Description = "Worker processes building cases side by side", DefaultValueFactory = _ => 2 };
var fuzzWork = new Option<string?>("--work") { Description = "Folder for the cases, the workers' scratch output and failures/ (default: studyguide-fuzz-<seed> in the temp folder)" };
var fuzz = new Command("fuzz", "Build seeded mutations of input/ in worker processes; print cases, crashes, hangs, the slowest case, the seed and the duration")
    { fuzzCases, fuzzSeed, fuzzCase, fuzzTimeout, fuzzWorkers, fuzzWork };
fuzz.SetAction(parse =>
{
    var seed = parse.GetValue(fuzzSeed) ?? (ulong)Random.Shared.NextInt64(long.MaxValue);
    var work = parse.GetValue(fuzzWork) ?? Path.Combine(Path.GetTempPath(), $"studyguide-fuzz-{seed}");
    var options = new StudyGuide.Fuzzing.FuzzOptions(parse.GetValue(fuzzCases), seed, TimeSpan.FromSeconds(parse.GetValue(fuzzTimeout)), parse.GetValue(fuzzWorkers),
        StudyGuide.Tests.Infrastructure.RepoPaths.Input, StudyGuide.Tests.Infrastructure.RepoPaths.Theme, work, parse.GetValue(fuzzCase));
    var report = new StudyGuide.Fuzzing.Fuzzer(options, Console.Out).Run();
    Console.Write(report);
    return report.Failures.Count == 0 ? 0 : 1;
});


var shotsOut = new Option<string>("--out") { Description = "Folder for the PNGs", DefaultValueFactory = _ => "screenshots" };
var shotsSite = new Option<string?>("--site") { Description = "A built site to photograph (default: build input/ into a temporary folder)" };
var shotsChromium = new Option<string>("--chromium") { Description = "Chromium executable", DefaultValueFactory = _ => "/usr/bin/chromium" };
var fullPage = new Option<bool>("--full-page") { Description = "The whole page, not only its first screen" };
var screenshots = new Command("screenshots", "Screenshots of home, a chapter, a problem and /search/?q=anagram at 390 and 1366 px, light and dark (16 PNGs)")
    { shotsOut, shotsSite, shotsChromium, fullPage };
screenshots.SetAction((parse, _) => new Screenshots(parse.GetValue(shotsOut)!, parse.GetValue(shotsSite), parse.GetValue(shotsChromium)!, parse.GetValue(fullPage)).RunAsync());

var lighthouseChromium = new Option<string>("--chromium") { Description = "Chromium executable", DefaultValueFactory = _ => "/usr/bin/chromium" };
var lighthouseRuns = new Option<int>("--runs") { Description = "Lighthouse runs per page (the median score is printed)", DefaultValueFactory = _ => 3 };
var lighthouseUrls = new Option<string[]>("--url")
{
    Description = "A page to audit (repeat the option for several)",
    DefaultValueFactory = _ => LighthouseBenchmark.DefaultUrls,
};
var lighthouse = new Command("lighthouse", $"Lighthouse 12.2.3 (mobile preset) on input/ built and served on 127.0.0.1: the four category scores of each page; exit 1 under {LighthouseBenchmark.Target}")
    { lighthouseChromium, lighthouseRuns, lighthouseUrls };
lighthouse.SetAction((parse, _) => new LighthouseBenchmark(parse.GetValue(lighthouseChromium)!, parse.GetValue(lighthouseRuns), parse.GetValue(lighthouseUrls)!).RunAsync());

var root = new RootCommand("StudyGuide benchmarks: print figures for docs/performance.md, Lighthouse scores, and screenshots") { search, generate, build, fuzz, screenshots, lighthouse };
return await root.Parse(args).InvokeAsync();
