using StudyGuide.CodeLanguages;
using StudyGuide.Diagnostics;
using StudyGuide.Loading;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Verification;

/// <summary>
/// Acceptance: every Go file the guide ships is gofmt- and vet-clean, runs, and prints its expected_output;
/// and every coding question's tests pass on its reference solution and fail on its starter, in the fixed
/// form. The one place the suite runs the Go toolchain over all of input/, and the CI site job's only check of
/// them with its Go 1.19 (the workflow has no separate <c>check --go</c> step; its go-stable job checks
/// them with the current Go).
/// </summary>
public sealed class RealInputGoTests
{
    [Fact]
    public async Task Every_shipped_code_file_passes_verification_and_every_problems_tests_pass_on_the_solution_and_fail_on_the_starter()
    {
        var input = new InputFolder(RepoPaths.Input);
        var loadErrors = new DiagnosticBag();
        var content = new ContentLoader().Load(input, loadErrors);
        Assert.False(loadErrors.HasErrors);
        var files = CodeFiles.Of(content!, input);
        var practice = CodeFiles.Practice(content!, input);
        // Every .go file under banks/ belongs to a question (its program, starter or tests), so all of them are verified.
        var onDisk = Directory.GetFiles(input.PathOf("banks"), "*.go", SearchOption.AllDirectories).Select(input.DisplayPath).Order();
        Assert.Equal(onDisk, files.Concat(practice.SelectMany(p => new[] { p.Starter, p.Tests })).Select(f => f.DisplayPath).Order());

        var language = Languages.Default;
        var verifier = language.LocateVerifier(CodeLanguages.Go.GoCodeVerifier.DefaultRunTimeLimit) ?? throw new InvalidOperationException(language.ToolchainHint);
        var verification = await verifier.VerifyAsync(files, practice);
        Assert.True(verification.Diagnostics.Count == 0, string.Join("\n", verification.Diagnostics));
        // A problem whose files need a newer Go is skipped, never passed; every other one was proven.
        Assert.All(verification.Practice, p => Assert.Contains(p.Status, new[] { PracticeStatus.Verified, PracticeStatus.Skipped }));
        Assert.Equal(practice.Select(p => p.QuestionId), verification.Practice.Select(p => p.QuestionId));
    }
}
