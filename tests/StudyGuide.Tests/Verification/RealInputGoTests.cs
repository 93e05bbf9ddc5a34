using StudyGuide.Diagnostics;
using StudyGuide.Loading;
using StudyGuide.Tests.Infrastructure;
using StudyGuide.CodeLanguages.Go;

namespace StudyGuide.Tests.Verification;

/// <summary>
/// Acceptance: every Go file the guide ships is gofmt- and vet-clean, runs, and prints its expected_output.
/// The one place the suite runs the Go toolchain over all of input/, and the CI site job's only check of
/// them with its Go 1.19 (the workflow has no separate <c>check --go</c> step; its go-stable job checks
/// them with the current Go).
/// </summary>
public sealed class RealInputGoTests
{
    [Fact]
    public async Task Every_shipped_code_file_passes_verification()
    {
        var input = new InputFolder(RepoPaths.Input);
        var loadErrors = new DiagnosticBag();
        var content = new ContentLoader().Load(input, loadErrors);
        Assert.False(loadErrors.HasErrors);
        var files = CodeFiles.Of(content!, input);
        // Every .go file under banks/ belongs to a question, so all of them are verified.
        var onDisk = Directory.GetFiles(input.PathOf("banks"), "*.go", SearchOption.AllDirectories).Select(input.DisplayPath).Order();
        Assert.Equal(onDisk, files.Select(f => f.DisplayPath).Order());

        var toolchain = GoToolchain.Locate() ?? throw new InvalidOperationException(GoToolchain.InstallHint);
        var verification = await new GoCodeVerifier(toolchain, GoCodeVerifier.DefaultRunTimeLimit).VerifyAsync(files);
        Assert.True(verification.Diagnostics.Count == 0, string.Join("\n", verification.Diagnostics));
    }
}
