using StudyGuide.Cli;
using StudyGuide.Loading;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Hostile;

/// <summary>
/// An exception nothing expected (a bug) reaches the user as one line with exit code 3, on the
/// main thread or a worker thread alike; the stack trace only with <c>--verbose</c>.
/// </summary>
public sealed class InternalErrorTests(PreviousBuild previous) : IClassFixture<PreviousBuild>
{
    /// <summary>Runs the command line in-process with every content read failing as a bug would (the loaders read files on worker threads).</summary>
    private static (int Code, string Out, string Error) RunWithBug(HostileInput input, params string[] extra) =>
        CommandLine.Run(new BuggyFiles(), ["build", "--input", input.Root, "--output", input.OutputPath, "--theme", RepoPaths.Theme, "--no-search", "--no-cache", .. extra]);

    [Fact]
    public void An_unexpected_exception_is_one_line_with_exit_code_3_and_the_previous_output_stays()
    {
        using var input = new HostileInput(previous);
        var (code, _, error) = RunWithBug(input);
        Assert.Equal(ExitCodes.Internal, code);
        Assert.Equal(@"studyguide: internal error: System.InvalidOperationException: a bug\nwith a second line \u001B[31m; rerun with --verbose for details",
            error.TrimEnd());
        Assert.DoesNotContain("   at ", error);
        input.AssertPreviousOutputUntouched();
    }

    [Fact]
    public void Verbose_adds_the_stack_trace()
    {
        using var input = new HostileInput(previous);
        var (code, _, error) = RunWithBug(input, "--verbose");
        Assert.Equal(ExitCodes.Internal, code);
        Assert.StartsWith("studyguide: internal error: System.InvalidOperationException: a bug", error);
        Assert.Contains("   at ", error);
        Assert.Contains(nameof(BuggyFiles), error);
    }

    /// <summary>A reader with a bug: it throws what no caller catches, with a message that tries to forge a line and color the terminal.</summary>
    private sealed class BuggyFiles : ContentFiles
    {
        protected override byte[] ReadRegularFile(string realPath, long limit) => throw new InvalidOperationException("a bug\nwith a second line \u001b[31m");
    }
}
