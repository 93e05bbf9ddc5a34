using System.Diagnostics;
using System.Globalization;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Benchmarks;

/// <summary>
/// Builds synthetic content with the Release build of the CLI as a separate process (process start
/// included, as a user would run it) and prints wall time, pages per second, peak memory (VmHWM from
/// /proc, sampled until the process exits) and output size; then measures the preview's incremental
/// path: `serve` running, one chapter saved, time until its page is rewritten.
/// </summary>
public sealed class BuildBenchmark(int chapters, int questions, int runs, bool incremental, bool readyToRun = false, bool contentOnly = false)
{
    private string Cli { get; set; } = typeof(StudyGuide.Cli.App).Assembly.Location;

    private readonly List<string> _outputs = [];

    private static string Theme => RepoPaths.Theme;

    public async Task<int> RunAsync()
    {
        var content = new BuildContent(chapters, questions);
        var root = Path.Combine(Path.GetTempPath(), $"studyguide-buildbench-{chapters}-{questions}");
        var input = Path.Combine(root, "input");
        content.WriteTo(input);
        if (readyToRun)
        {
            Cli = await PublishReadyToRunAsync(Path.Combine(root, "cli-r2r"));
        }
        Console.WriteLine($"content: {chapters} chapters + {questions} coding questions ({Megabytes(FolderSize(input))} MB) in {input}");
        if (contentOnly)
        {
            return 0;
        }
        Console.WriteLine($"cli: {Cli}");

        foreach (var search in new[] { false, true })
        {
            // Cold: no highlighted-code cache (a fresh clone's first build). Warm: the cache the
            // previous build left in obj/studyguide/ (every later build), same content.
            await MeasureBuildsAsync(root, input, search, warm: false, count: 1);
            await MeasureBuildsAsync(root, input, search, warm: true, count: runs);
        }

        if (incremental)
        {
            await MeasureIncrementalAsync(input, Path.Combine(root, "_preview"));
        }
        foreach (var output in _outputs.Where(Directory.Exists))
        {
            Directory.Delete(output, recursive: true);
        }
        return 0;
    }

    /// <summary>The CLI as `dotnet publish -p:PublishReadyToRun=true` makes it: the same Release code, precompiled.</summary>
    private static async Task<string> PublishReadyToRunAsync(string folder)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "publish", Path.Combine(RepoPaths.Root, "src", "StudyGuide.Cli"), "-c", "Release", "-r", "linux-x64", "--self-contained", "false", "-p:PublishReadyToRun=true", "-o", folder })
        {
            info.ArgumentList.Add(arg);
        }
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet publish failed:\n" + output);
        }
        return Path.Combine(folder, "StudyGuide.Cli.dll");
    }

    private async Task MeasureBuildsAsync(string root, string input, bool search, bool warm, int count)
    {
        var cache = Path.Combine(root, "obj");
        var samples = new List<(double Seconds, long PeakKb, int Pages, long Bytes)>();
        for (var run = 0; run < count; run++)
        {
            // A new output folder per run, all deleted at the end: deleting a 10,000-file site just
            // before the next build would measure ext4's slow inode allocation after mass deletes.
            var output = Path.Combine(root, $"_site-run-{_outputs.Count}");
            _outputs.Add(output);
            if (!warm && Directory.Exists(cache))
            {
                Directory.Delete(cache, recursive: true);
            }
            var args = new List<string> { Cli, "build", "--input", input, "--theme", Theme, "--output", output };
            if (!search)
            {
                args.Add("--no-search");
            }
            var (seconds, peakKb, stdout) = await RunMeasuredAsync(args);
            var pages = int.Parse(stdout.Split(' ')[1], CultureInfo.InvariantCulture);
            samples.Add((seconds, peakKb, pages, FolderSize(output)));
        }
        var median = samples.OrderBy(s => s.Seconds).ElementAt(samples.Count / 2);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"build {(search ? "with search   " : "without search")}, {(warm ? "warm" : "cold")} cache: {median.Pages} pages, wall {median.Seconds:F2} s (median of {count}; runs {string.Join(", ", samples.Select(s => s.Seconds.ToString("F2", CultureInfo.InvariantCulture)))}), "
            + $"{median.Pages / median.Seconds:F0} pages/s, peak memory {median.PeakKb / 1024} MB, output {Megabytes(median.Bytes)} MB"));
    }

    private async Task<(double Seconds, long PeakKb, string Stdout)> RunMeasuredAsync(IReadOnlyList<string> args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["CI"] = "true";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, PeakKb(process.Id));
            await Task.Delay(5);
        }
        await process.WaitForExitAsync();
        var seconds = clock.Elapsed.TotalSeconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"build failed ({process.ExitCode}):\n{await stderr}");
        }
        return (seconds, peak, (await stdout).Trim());
    }

    /// <summary>Peak resident set size of a running process (VmHWM), 0 once it is gone.</summary>
    private static long PeakKb(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>Starts `serve`, saves one chapter several times, and times save → page rewritten.</summary>
    private async Task MeasureIncrementalAsync(string input, string output)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Cli, "serve", "--input", input, "--theme", Theme, "--output", output, "--port", "0" })
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["CI"] = "true";
        using var process = Process.Start(info)!;
        try
        {
            string? line;
            while ((line = await process.StandardOutput.ReadLineAsync()) is not null && !line.StartsWith("Serving", StringComparison.Ordinal))
            {
            }
            if (line is null)
            {
                throw new InvalidOperationException("serve stopped before serving: " + await process.StandardError.ReadToEndAsync());
            }
            var log = System.Threading.Channels.Channel.CreateUnbounded<string>();
            _ = CopyLinesAsync(process.StandardOutput, log.Writer);

            var chapter = Path.Combine(input, "chapters", "chapter-1.md");
            var page = Path.Combine(output, "chapters", "chapter-1", "index.html");
            var original = await File.ReadAllTextAsync(chapter);
            var times = new List<double>();
            var fullTimes = new List<double>();
            for (var edit = 0; edit < Math.Max(5, runs); edit++)
            {
                var marker = $"edit-marker-{edit}-{Guid.NewGuid():N}";
                var clock = Stopwatch.StartNew();
                await File.WriteAllTextAsync(chapter, original + "\n" + marker + "\n");
                while (!(await ReadShared(page)).Contains(marker, StringComparison.Ordinal))
                {
                    if (clock.Elapsed > TimeSpan.FromSeconds(30))
                    {
                        throw new TimeoutException("the page was not rewritten within 30 s");
                    }
                    await Task.Delay(1);
                }
                times.Add(clock.Elapsed.TotalMilliseconds);
                // The preview writes the edited page first, then runs the full incremental build
                // (listings, print page, every link): wait for it, so each save starts from an idle
                // preview as a contributor's would, and report its time too.
                fullTimes.Add(await FullRebuildAsync(log.Reader));
                await Task.Delay(200);
            }
            await File.WriteAllTextAsync(chapter, original);
            times.Sort();
            fullTimes.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"incremental (serve running, one chapter saved): save → page written median {times[times.Count / 2]:F0} ms, min {times[0]:F0} ms, max {times[^1]:F0} ms over {times.Count} saves (first save included); "
                + $"save → full rebuild written (serve's log) median {fullTimes[fullTimes.Count / 2]:F0} ms, max {fullTimes[^1]:F0} ms"));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task<string> ReadShared(string path)
    {
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return await reader.ReadToEndAsync();
        }
        catch (IOException)
        {
            return "";
        }
    }

    private static async Task CopyLinesAsync(StreamReader reader, System.Threading.Channels.ChannelWriter<string> lines)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lines.TryWrite(line);
        }
        lines.Complete();
    }

    /// <summary>Waits for serve's log line of a full rebuild and returns its "save → written" milliseconds.</summary>
    private static async Task<double> FullRebuildAsync(System.Threading.Channels.ChannelReader<string> lines)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var line = await lines.ReadAsync(timeout.Token);
            var match = System.Text.RegularExpressions.Regex.Match(line, @": rebuilt \(.*save → written (\d+) ms");
            if (match.Success)
            {
                return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            }
        }
    }

    private static long FolderSize(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0;

    private static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture);

}
