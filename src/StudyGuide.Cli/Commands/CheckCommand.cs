using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using StudyGuide.CodeLanguages;
using StudyGuide.Diagnostics;
using StudyGuide.Loading;
using StudyGuide.Pipeline;

namespace StudyGuide.Cli.Commands;

/// <summary>
/// <c>studyguide check</c>: everything <c>build</c> validates, without writing anything; with
/// <c>--go</c> also every Go code file, with the real Go toolchain.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(Reporter reporter, ContentFiles files)
    {
        var input = CommonOptions.Input();
        var theme = CommonOptions.Theme();
        var timings = CommonOptions.Timings();
        var go = new Option<bool>("--go")
        {
            Description = "Also verify every Go code file with the Go toolchain (gofmt, go vet, build, run, expected_output), and that each coding question's tests pass on its solution and fail on its starter",
        };
        var goTimeout = new Option<double>("--go-timeout")
        {
            Description = "Seconds each Go program (or test binary) may run with --go",
            DefaultValueFactory = _ => CodeLanguages.Go.GoCodeVerifier.DefaultRunTimeLimit.TotalSeconds,
        };
        var timeout = TimeLimit.Option();
        timeout.Description = "Stop with an error when checking the content (without --go) takes longer than this many seconds";
        var command = new Command("check", "Validate the content (and render every page in memory) without writing output") { input, theme, go, goTimeout, timings, timeout };
        command.SetAction(parse =>
        {
            var options = new BuildOptions(parse.GetValue(input)!, parse.GetValue(theme)!, OutputPath: "", WriteOutput: false);
            if (!parse.GetValue(go))
            {
                using var limit = TimeLimit.From(parse.GetValue(timeout), reporter.Error);
                if (limit is null)
                {
                    return ExitCodes.Usage;
                }
                try
                {
                    var result = reporter.Run("Checking", stage => new SiteBuilder(files: files).Build(options, stage, limit.Token));
                    return reporter.Finish(result, $"Checked {result.PageCount} pages: no errors", parse.GetValue(timings));
                }
                catch (Exception ex) when (limit.Stopped(ex))
                {
                    return limit.Report("check");
                }
            }

            var seconds = parse.GetValue(goTimeout);
            if (seconds <= 0 || !double.IsFinite(seconds))
            {
                reporter.Error.WriteLine($"studyguide: --go-timeout must be a positive number of seconds, not {seconds.ToString(CultureInfo.InvariantCulture)}");
                return ExitCodes.Usage;
            }
            // Checked first: without the toolchain the check must fail loudly, never report "no errors".
            var language = Languages.Default;
            var verifier = language.LocateVerifier(TimeSpan.FromSeconds(seconds));
            if (verifier is null)
            {
                reporter.Error.WriteLine($"studyguide: check --go needs the {language.Label} toolchain, but {language.ToolchainHint}");
                return ExitCodes.ContentErrors;
            }
            CodeVerification? verification = null;
            IReadOnlyList<string> practiceReport = [];
            var checkedResult = reporter.Run("Checking", stage =>
            {
                var content = new SiteBuilder(files: files).Build(options, stage);
                stage(language.Name);
                (var result, verification) = VerifyCode(options.InputPath, language, verifier, content);
                practiceReport = content.Content is { } loaded ? PracticeReport.Of(loaded, verification) : [];
                return result;
            });
            foreach (var line in practiceReport)
            {
                reporter.Out.WriteLine(line);
            }
            // A skipped file is neither passed nor failed: list each, and count them in the summary.
            var skipped = verification?.Skipped ?? [];
            foreach (var file in skipped)
            {
                reporter.Out.WriteLine(file.ToString());
            }
            var version = verification?.ToolchainVersion ?? verifier.VersionAsync().GetAwaiter().GetResult();
            var fileCount = verification?.CheckedFiles ?? 0;
            var checkedFiles = skipped.Count == 0
                ? $"{fileCount} {language.Label} files ({version})"
                : $"{fileCount} {language.Label} files ({version}; {skipped.Count} more skipped, needing a newer {language.Label})";
            return reporter.Finish(checkedResult, $"Checked {checkedResult.PageCount} pages and {checkedFiles}: no errors", parse.GetValue(timings));
        });
        return command;
    }

    /// <summary>
    /// Adds the programs' verification to a content check's result: its errors, and a stage timing named after the language.
    /// Runs even when the content has errors, so one run reports every problem.
    /// </summary>
    private static (BuildResult Result, CodeVerification Verification) VerifyCode(string inputPath, CodeLanguage language, ICodeVerifier verifier, BuildResult contentResult)
    {
        var clock = Stopwatch.StartNew();
        var input = new InputFolder(inputPath);
        var files = contentResult.Content is { } content ? CodeFiles.Of(content, input) : [];
        var practice = contentResult.Content is { } loaded ? CodeFiles.Practice(loaded, input) : [];
        // Synchronous on purpose: the command line has no synchronization context to deadlock, and the
        // reporter's status display runs this callback synchronously.
        var verification = verifier.VerifyAsync(files, practice).GetAwaiter().GetResult();
        var all = new DiagnosticBag();
        foreach (var diagnostic in contentResult.Diagnostics.Concat(verification.Diagnostics))
        {
            all.Add(diagnostic);
        }
        var timings = contentResult.Timings.Append(new StageTiming(language.Name, clock.Elapsed)).ToList();
        return (new BuildResult(all.Sorted(), contentResult.PageCount, timings), verification);
    }
}
