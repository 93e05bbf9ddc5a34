using System.Globalization;
using StudyGuide.Diagnostics;
using StudyGuide.Processes;

namespace StudyGuide.CodeLanguages.Go;

/// <summary>
/// Verifies Go files with the real toolchain, each in its own <see cref="GoWorkspace"/>: gofmt-clean,
/// builds, vet-clean, runs within the time limit, and prints its <c>expected_output</c> (a test
/// program's tests pass instead). A program with the <see cref="GoSource.ExpectRaceDirective"/> comment is
/// built with <c>-race</c> and must make the race detector report a data race (in one of a few runs). A file whose
/// <c>//go:build go1.N</c> line asks for a newer Go than the local one is skipped, not checked (an older
/// gofmt or vet could reject syntax that is fine in Go 1.N). Errors point into the file at Go's own positions. With the
/// coding questions' <see cref="PracticeProblem"/>s it also proves each one's tests (<see cref="PracticeVerifier"/>).
/// Files and problems are independent, so they are checked in parallel, at most one per core: each step already
/// keeps a core busy, more at once would only make every file slower to finish.
/// </summary>
public sealed class GoCodeVerifier(GoToolchain toolchain, TimeSpan runTimeLimit) : ICodeVerifier
{
    public static readonly TimeSpan DefaultRunTimeLimit = TimeSpan.FromSeconds(10);

    public TimeSpan RunTimeLimit { get; } = runTimeLimit;

    /// <summary>The text of the race detector's report, which an expect-race program must print.</summary>
    public const string RaceReport = "WARNING: DATA RACE";

    public Task<string> VersionAsync(CancellationToken cancellation = default) => toolchain.VersionAsync(cancellation);

    /// <summary>Verifies every file that the local Go can build, and lists the ones it cannot.</summary>
    public Task<CodeVerification> VerifyAsync(IReadOnlyList<CodeFile> files, CancellationToken cancellation = default) =>
        VerifyAsync(files, [], cancellation);

    /// <summary>
    /// Verifies every file that the local Go can build, and the practice files of every coding question with
    /// <see cref="PracticeVerifier"/>; lists the files it cannot check. A problem with a file it cannot
    /// check is skipped as a whole.
    /// </summary>
    public async Task<CodeVerification> VerifyAsync(IReadOnlyList<CodeFile> files, IReadOnlyList<PracticeProblem> practice, CancellationToken cancellation = default)
    {
        var version = await toolchain.VersionAsync(cancellation);
        var localMinor = GoSource.MinorRelease(version);
        var skipped = new Dictionary<string, SkippedCodeFile>(StringComparer.Ordinal);
        int? Skip(CodeFile file)
        {
            if (localMinor is { } have && GoSource.RequiredRelease(file.Code) is { } needs && needs.Minor > have)
            {
                skipped[file.DisplayPath] = new SkippedCodeFile(file.DisplayPath, needs.Line, $"go1.{needs.Minor}");
                return needs.Minor;
            }
            return null;
        }

        var diagnostics = new DiagnosticBag();
        var practiceVerifier = new PracticeVerifier(toolchain, RunTimeLimit);
        var results = new PracticeResult[practice.Count];
        var jobs = new List<Func<CancellationToken, Task>>();
        for (var i = 0; i < practice.Count; i++)
        {
            var (index, problem) = (i, practice[i]);
            var newest = problem.Files.Select(Skip).OfType<int>().DefaultIfEmpty(0).Max();
            if (newest > 0)
            {
                results[index] = new PracticeResult(problem.QuestionId, PracticeStatus.Skipped, NeedsRelease: $"go1.{newest}");
            }
            else
            {
                jobs.Add(async token => results[index] = await practiceVerifier.VerifyAsync(problem, diagnostics, token));
            }
        }
        // After the practice problems, which take longest (two race builds each), so the cores stay busy to the end.
        var practiceJobs = jobs.Count;
        var checkable = files.Where(file => Skip(file) is null).ToList();
        jobs.AddRange(checkable.Select(file => (Func<CancellationToken, Task>)(token => VerifyAsync(file, diagnostics, token))));
        // A verified problem adds its two practice files (its reference is among the code files).
        var checkedFiles = checkable.Count + 2 * practiceJobs;

        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellation };
        await Parallel.ForEachAsync(jobs, options, (job, token) => new ValueTask(job(token)));
        return new CodeVerification(diagnostics.Sorted(), skipped.Values.OrderBy(s => s.DisplayPath, StringComparer.Ordinal).ToList(), version, results, checkedFiles);
    }

    private async Task VerifyAsync(CodeFile file, DiagnosticBag diagnostics, CancellationToken cancellation)
    {
        using var workspace = GoWorkspace.Create(file.Code);
        void Report(int line, int column, string message) =>
            diagnostics.Error(new SourceLocation(file.DisplayPath, line, column), message);

        // Every message with a position in the file, or one message at the crash site (or line 1) when Go gave none.
        void ReportFailure(ProcessResult result, string prefix)
        {
            var output = workspace.Relative(result.Output);
            var messages = GoOutputParser.Parse(output, workspace.FileName);
            foreach (var message in messages)
            {
                Report(message.Line, message.Column, prefix + message.Text);
            }
            if (messages.Count == 0)
            {
                Report(GoOutputParser.PanicLine(result.Stderr, workspace.FileName) ?? 1, 1, prefix + GoOutputParser.Summary(output, result.ExitCode));
            }
        }

        var format = await toolchain.GofmtAsync(workspace.Directory, ["-l", workspace.FileName], cancellation);
        if (!format.Succeeded)
        {
            ReportFailure(format, ""); // a syntax error: nothing else can run
            return;
        }
        if (format.Stdout.Trim().Length > 0)
        {
            Report(1, 1, $"file is not gofmt-formatted; run gofmt -w {file.DisplayPath}");
        }

        var raceLine = GoSource.ExpectRaceLine(file.Code);
        if (raceLine is { } directiveLine && workspace.IsTest)
        {
            Report(directiveLine, 1, $"{GoSource.ExpectRaceDirective} needs a program with func main; a test program stops at the first race as a failed test");
            return;
        }
        var build = raceLine is null
            ? await toolchain.GoAsync(workspace.Directory, workspace.BuildArguments, cancellation)
            : await toolchain.GoWithCgoAsync(workspace.Directory, workspace.RaceBuildArguments, cancellation);
        if (!build.Succeeded)
        {
            // A race build can also fail for want of a C compiler; say which build it was.
            ReportFailure(build, raceLine is null ? "" : "go build -race: ");
            return;
        }
        var vet = await toolchain.GoAsync(workspace.Directory, ["vet", "."], cancellation);
        if (!vet.Succeeded)
        {
            ReportFailure(vet, "go vet: ");
        }

        var run = await toolchain.RunAsync(workspace.BinaryPath, [], workspace.Directory, RunTimeLimit, cancellation);
        // The race detector reports only races between accesses that really ran concurrently in this
        // run, so a racy program can come out clean on a loaded machine; a few more runs settle it.
        for (var attempt = 1; raceLine is not null && attempt < RaceRunAttempts && !run.TimedOut && !run.Stderr.Contains(RaceReport, StringComparison.Ordinal); attempt++)
        {
            run = await toolchain.RunAsync(workspace.BinaryPath, [], workspace.Directory, RunTimeLimit, cancellation);
        }
        if (run.TimedOut)
        {
            Report(1, 1, $"did not finish within {RunTimeLimit.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s");
        }
        else if (workspace.IsTest)
        {
            if (!run.Succeeded)
            {
                ReportFailure(run, "");
            }
            if (file.ExpectedOutput is not null)
            {
                Report(1, 1, "expected_output is given, but this is a test program (func TestX, no func main): its output is the test report; remove expected_output");
            }
        }
        else if (raceLine is { } line && !run.Stderr.Contains(RaceReport, StringComparison.Ordinal))
        {
            var ending = run.ExitCode == 0 ? "" : $" (exit status {run.ExitCode}: {GoOutputParser.Summary(workspace.Relative(run.Output), run.ExitCode)})";
            Report(line, 1, $"the program declares {GoSource.ExpectRaceDirective}, but it ran with -race and the race detector reported no data race{ending}");
        }
        else if (run.ExitCode != 0 && !(raceLine is not null && run.ExitCode == RaceExitCode))
        {
            ReportFailure(run, $"program exited with status {run.ExitCode}: ");
        }
        else if (file.ExpectedOutput is { } expected && OutputComparison.FirstDifference(expected, run.Stdout) is { } difference)
        {
            Report(1, 1, difference);
        }
    }

    /// <summary>The exit status a race-enabled binary ends with after reporting a race (GORACE's <c>exitcode</c>, see <see cref="GoToolchain"/>).</summary>
    private const int RaceExitCode = 66;

    /// <summary>How many runs an expect-race program gets to show its race before it is reported as race-free.</summary>
    private const int RaceRunAttempts = 3;
}
