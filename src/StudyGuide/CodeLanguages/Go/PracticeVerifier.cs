using System.Globalization;
using StudyGuide.Diagnostics;
using StudyGuide.Processes;

namespace StudyGuide.CodeLanguages.Go;

/// <summary>
/// Proves that a coding question's tests mean something, with the local Go: built with <c>-race</c> in a
/// module laid out as <see cref="GoLanguage.PracticeFileName"/> names its files, the tests pass on the reference solution (and
/// <c>go vet</c> is clean on the two), and they fail the starter (at least one <c>t.Run</c> case, each
/// failure one message in the fixed form <c>input:</c> / <c>got:</c> / <c>want:</c>, which the page's Check
/// shows) without a panic and within the time limit. The starter and the tests are gofmt-clean, have no
/// <c>func main</c>, and the tests do not call <c>t.Parallel</c> (their output would interleave, and Check
/// reads it case by case). Errors point into the three files at Go's own positions.
/// </summary>
internal sealed class PracticeVerifier(GoToolchain toolchain, TimeSpan runTimeLimit)
{
    private const string TestBinary = "practice.test";

    /// <summary>The reader's code in the module: at first the starter.</summary>
    private static readonly string SolutionFileName = GoLanguage.Instance.PracticeFileName(PracticeRole.Starter, "");

    /// <summary>Runs every check of <paramref name="problem"/>; errors go to <paramref name="diagnostics"/>.</summary>
    public async Task<PracticeResult> VerifyAsync(PracticeProblem problem, DiagnosticBag diagnostics, CancellationToken cancellation = default)
    {
        var check = new Check(problem, diagnostics);
        var failed = new PracticeResult(problem.QuestionId, PracticeStatus.Failed);
        if (!await check.SourcesAsync(toolchain, cancellation))
        {
            return failed;
        }
        var cases = await check.ReferencePassesAsync(toolchain, runTimeLimit, cancellation);
        var failures = await check.StarterFailsAsync(toolchain, runTimeLimit, cancellation);
        return cases is { } passed && failures is { } starterFailures && !check.FoundErrors
            ? new PracticeResult(problem.QuestionId, PracticeStatus.Verified, passed, starterFailures)
            : failed;
    }

    /// <summary>The checks of one problem, and the errors they found.</summary>
    private sealed class Check(PracticeProblem problem, DiagnosticBag diagnostics)
    {
        private readonly string _testsName = GoLanguage.Instance.PracticeFileName(PracticeRole.Tests, problem.QuestionId);

        // A reference written as tests (no main) is a test file in the module too, or its own tests and examples would not run.
        private readonly string _referenceName = GoSource.IsTestProgram(problem.Reference.Code) ? "solution_test.go" : SolutionFileName;

        public bool FoundErrors { get; private set; }

        private void Report(CodeFile file, int line, int column, string message)
        {
            FoundErrors = true;
            diagnostics.Error(new SourceLocation(file.DisplayPath, line, column), message);
        }

        private static string Seconds(TimeSpan limit) => limit.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

        /// <summary>gofmt, and the rules a regular expression can check; false when a file cannot even be parsed.</summary>
        public async Task<bool> SourcesAsync(GoToolchain toolchain, CancellationToken cancellation)
        {
            var parsed = true;
            var files = new[] { (Name: SolutionFileName, File: problem.Starter), (Name: _testsName, File: problem.Tests) };
            // One folder and one gofmt for both files: gofmt -l names each file it would change.
            using (var folder = GoModuleFolder.Create(GoLanguage.PracticeModule, files.Select(f => (f.Name, f.File.Code))))
            {
                var format = await toolchain.GofmtAsync(folder.Directory, ["-l", .. files.Select(f => f.Name)], cancellation);
                if (!format.Succeeded)
                {
                    ReportMessages(format, folder, files, "");
                    parsed = false;
                }
                var unformatted = format.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                foreach (var (_, file) in files.Where(f => unformatted.Contains(f.Name)))
                {
                    Report(file, 1, 1, $"file is not gofmt-formatted; run gofmt -w {file.DisplayPath}");
                }
            }
            foreach (var (_, file) in files)
            {
                if (GoSource.MainLine(file.Code) is { } main)
                {
                    Report(file, main, 1, $"{(file == problem.Starter ? "the starter" : "the tests")} must not declare func main: Check runs the reader's code with the tests, as go test does");
                }
            }
            if (GoSource.ParallelLine(problem.Tests.Code) is { } parallel)
            {
                Report(problem.Tests, parallel, 1, "the tests must not call t.Parallel: parallel cases interleave their output, and Check reads the result of each case from it");
            }
            if (!GoSource.IsTestProgram(problem.Tests.Code))
            {
                Report(problem.Tests, 1, 1, "the tests file has no test function: write func TestX(t *testing.T) with one t.Run case per input");
                parsed = false;
            }
            return parsed;
        }

        /// <summary>
        /// A new module with <paramref name="code"/> as <paramref name="name"/> beside the tests, and the race-enabled
        /// test binary built in it; null after reporting, prefixed with <paramref name="failure"/>, why it does not build.
        /// </summary>
        private async Task<(GoModuleFolder Folder, (string Name, CodeFile File)[] Files)?> BuildWithAsync(GoToolchain toolchain, string name, CodeFile code, string failure,
            CancellationToken cancellation)
        {
            var folder = GoModuleFolder.Create(GoLanguage.PracticeModule, [(name, code.Code), (_testsName, problem.Tests.Code)]);
            var files = new[] { (name, code), (_testsName, problem.Tests) };
            var build = await toolchain.GoWithCgoAsync(folder.Directory, BuildArguments(folder), cancellation);
            if (build.Succeeded)
            {
                return (folder, files);
            }
            ReportMessages(build, folder, files, failure);
            folder.Dispose();
            return null;
        }

        /// <summary>The number of cases the reference passes, or null when it does not pass them all.</summary>
        public async Task<int?> ReferencePassesAsync(GoToolchain toolchain, TimeSpan limit, CancellationToken cancellation)
        {
            if (await BuildWithAsync(toolchain, _referenceName, problem.Reference, "the tests do not build with the reference solution: ", cancellation) is not { } built)
            {
                return null;
            }
            using var folder = built.Folder;
            var files = built.Files;
            var vet = await toolchain.GoAsync(folder.Directory, ["vet", "."], cancellation);
            if (!vet.Succeeded)
            {
                ReportMessages(vet, folder, files, "go vet (reference solution and tests): ");
            }
            var run = await toolchain.RunAsync(folder.PathOf(TestBinary), ["-test.v"], folder.Directory, limit, cancellation);
            if (run.TimedOut)
            {
                Report(problem.Tests, 1, 1, $"the tests did not finish within {Seconds(limit)} s with the reference solution");
                return null;
            }
            var report = GoTestReport.Parse(folder.Relative(run.Stdout));
            if (run.Output.Contains(GoCodeVerifier.RaceReport, StringComparison.Ordinal))
            {
                ReportCrash(run, files, "the race detector reports a data race when the tests run with the reference solution");
                return null;
            }
            if (run.ExitCode != 0)
            {
                var reported = false;
                foreach (var message in report.Messages.Where(m => report.Results.GetValueOrDefault(m.Test, true) == false))
                {
                    reported |= ReportTestMessage(message, files, $"{message.Test} fails with the reference solution: {message.OneLine}");
                }
                if (!reported)
                {
                    ReportCrash(run, files, $"the tests fail with the reference solution (exit status {run.ExitCode}): {Summary(folder, run)}");
                }
                return null;
            }
            if (report.PassedCases.Count == 0)
            {
                Report(problem.Tests, 1, 1, "the tests have no t.Run cases: run each input as t.Run(name, func(t *testing.T) { … }), so Check can show them one by one");
                return null;
            }
            return report.PassedCases.Count;
        }

        /// <summary>The number of cases the starter fails, or null when it fails none or fails the wrong way.</summary>
        public async Task<int?> StarterFailsAsync(GoToolchain toolchain, TimeSpan limit, CancellationToken cancellation)
        {
            if (await BuildWithAsync(toolchain, SolutionFileName, problem.Starter, "the tests do not build with the starter (it must declare what the tests call): ", cancellation) is not { } built)
            {
                return null;
            }
            using var folder = built.Folder;
            var files = built.Files;
            var run = await toolchain.RunAsync(folder.PathOf(TestBinary), ["-test.v"], folder.Directory, limit, cancellation);
            if (run.TimedOut)
            {
                Report(problem.Starter, 1, 1, $"the tests did not finish within {Seconds(limit)} s with the starter: a starter must leave nothing blocked (return zero values, close what the tests wait for)");
                return null;
            }
            var output = folder.Relative(run.Output);
            if (output.Split('\n').Any(l => l.StartsWith("panic: ", StringComparison.Ordinal) || l.StartsWith("fatal error: ", StringComparison.Ordinal)))
            {
                ReportCrash(run, files, $"the tests panic with the starter (a starter must fail them, not crash them; return zero values): {Summary(folder, run)}");
                return null;
            }
            if (run.Output.Contains(GoCodeVerifier.RaceReport, StringComparison.Ordinal))
            {
                ReportCrash(run, files, "the race detector reports a data race when the tests run with the starter");
                return null;
            }
            if (run.ExitCode == 0)
            {
                Report(problem.Starter, 1, 1, "the starter passes every test: the tests must fail it in at least one case (or the starter does too much; return zero values)");
                return null;
            }
            var report = GoTestReport.Parse(folder.Relative(run.Stdout));
            var failedLeaves = report.FailedLeaves;
            var failures = 0;
            foreach (var leaf in failedLeaves)
            {
                var messages = report.Messages.Where(m => m.Test == leaf).ToList();
                var at = messages.FirstOrDefault();
                if (!GoTestReport.IsCase(leaf))
                {
                    ReportAt(at, $"{leaf} fails outside a t.Run case with the starter (every failure must belong to one case){Printed(at)}");
                }
                else if (messages is not [{ HasFixedForm: true }])
                {
                    ReportAt(at, $"{leaf} fails with the starter, but not in the fixed form (one t.Errorf(\"input: %s\\ngot: %v\\nwant: %v\", …)){Printed(at)}");
                }
                else
                {
                    failures++;
                }
            }
            if (failedLeaves.Count == 0)
            {
                ReportCrash(run, files, $"the tests fail with the starter, but no case failed (exit status {run.ExitCode}): {Summary(folder, run)}");
            }
            return FoundErrors || failures == 0 ? null : failures;

            void ReportAt(GoTestMessage? message, string text)
            {
                if (message is null || !ReportTestMessage(message, files, text))
                {
                    Report(problem.Tests, 1, 1, text);
                }
            }
        }

        private static string Printed(GoTestMessage? message) => message is null ? " and prints nothing" : $"; it printed: {message.OneLine}";

        private static IReadOnlyList<string> BuildArguments(GoModuleFolder folder) => ["test", "-c", "-race", "-vet=off", "-o", folder.PathOf(TestBinary), "."];

        /// <summary>Reports <paramref name="text"/> at a message's position when it is in one of <paramref name="files"/>; false otherwise.</summary>
        private bool ReportTestMessage(GoTestMessage message, (string Name, CodeFile File)[] files, string text)
        {
            foreach (var (name, file) in files)
            {
                if (message.FileName == name)
                {
                    Report(file, message.Line, 1, text);
                    return true;
                }
            }
            return false;
        }

        /// <summary>Every message a Go tool printed about the files, at its position; one message at line 1 of the last file when there is none.</summary>
        private void ReportMessages(ProcessResult result, GoModuleFolder folder, (string Name, CodeFile File)[] files, string prefix)
        {
            var output = folder.Relative(result.Output);
            var any = false;
            foreach (var (name, file) in files)
            {
                foreach (var message in GoOutputParser.Parse(output, name))
                {
                    Report(file, message.Line, message.Column, prefix + message.Text);
                    any = true;
                }
            }
            if (!any)
            {
                Report(files[^1].File, 1, 1, prefix + GoOutputParser.Summary(output, result.ExitCode));
            }
        }

        /// <summary>The line of a test binary's output that explains a failure best (its progress lines aside).</summary>
        private static string Summary(GoModuleFolder folder, ProcessResult run) => GoOutputParser.Summary(
            string.Join('\n', folder.Relative(run.Output).Split('\n').Where(l => !l.TrimStart().StartsWith("=== ", StringComparison.Ordinal) && !l.TrimStart().StartsWith("--- ", StringComparison.Ordinal))),
            run.ExitCode);

        /// <summary>A crash, a race or a failure without a case to blame: at the stack frame closest to it in one of the files, else at the tests' line 1.</summary>
        private void ReportCrash(ProcessResult run, (string Name, CodeFile File)[] files, string message)
        {
            if (GoOutputParser.FirstFrame(run.Output, files.Select(f => f.Name).ToList()) is { } frame)
            {
                Report(files.First(f => f.Name == frame.FileName).File, frame.Line, 1, message);
                return;
            }
            Report(problem.Tests, 1, 1, message);
        }
    }
}
