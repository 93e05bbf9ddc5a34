using StudyGuide.Processes;
using System.Globalization;
using StudyGuide.Diagnostics;

namespace StudyGuide.Verification;

/// <summary>
/// Verifies Go files with the real toolchain, each in its own <see cref="GoWorkspace"/>: gofmt-clean,
/// builds, vet-clean, runs within the time limit, and prints its <c>expected_output</c> (a test
/// program's tests pass instead). Errors point into the file at Go's own positions. Files are
/// independent, so they are checked in parallel, at most one per core: each step already keeps a
/// core busy, more at once would only make every file slower to finish.
/// </summary>
public sealed class GoCodeVerifier(GoToolchain toolchain, TimeSpan runTimeLimit)
{
    public static readonly TimeSpan DefaultRunTimeLimit = TimeSpan.FromSeconds(10);

    public TimeSpan RunTimeLimit { get; } = runTimeLimit;

    /// <summary>Verifies every file; the diagnostics come back sorted by file and position.</summary>
    public async Task<IReadOnlyList<Diagnostic>> VerifyAsync(IReadOnlyList<GoCodeFile> files, CancellationToken cancellation = default)
    {
        var diagnostics = new DiagnosticBag();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellation };
        await Parallel.ForEachAsync(files, options, (file, token) => new ValueTask(VerifyAsync(file, diagnostics, token)));
        return diagnostics.Sorted();
    }

    private async Task VerifyAsync(GoCodeFile file, DiagnosticBag diagnostics, CancellationToken cancellation)
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
                Report(GoOutputParser.PanicLine(result.Stderr, workspace.FileName) ?? 1, 1, prefix + Summary(output, result.ExitCode));
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

        var build = await toolchain.GoAsync(workspace.Directory, workspace.BuildArguments, cancellation);
        if (!build.Succeeded)
        {
            ReportFailure(build, "");
            return;
        }
        var vet = await toolchain.GoAsync(workspace.Directory, ["vet", "."], cancellation);
        if (!vet.Succeeded)
        {
            ReportFailure(vet, "go vet: ");
        }

        var run = await toolchain.RunAsync(workspace.BinaryPath, [], workspace.Directory, RunTimeLimit, cancellation);
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
        else if (run.ExitCode != 0)
        {
            ReportFailure(run, $"program exited with status {run.ExitCode}: ");
        }
        else if (file.ExpectedOutput is { } expected && OutputComparison.FirstDifference(expected, run.Stdout) is { } difference)
        {
            Report(1, 1, difference);
        }
    }

    /// <summary>The line that explains a failure best: a panic message, else the first line printed.</summary>
    private static string Summary(string output, int exitCode)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.FirstOrDefault(l => l.StartsWith("panic:", StringComparison.Ordinal) || l.StartsWith("fatal error:", StringComparison.Ordinal))
            ?? lines.FirstOrDefault(l => !l.StartsWith('#'))
            ?? $"exit status {exitCode}";
    }
}
