using System.Diagnostics;
using StudyGuide.CodeLanguages.Go;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Verification;

/// <summary><c>studyguide check --go</c>: exit codes and messages of the command itself.</summary>
public sealed class CheckGoCommandTests : SampleContentTest
{
    private (int Code, string Out, string Error) CheckGo(params string[] extra) =>
        CommandLine.Run(["check", "--go", "--input", Content.Root, "--theme", RepoPaths.Theme, .. extra]);

    [Fact]
    public void Clean_content_passes_and_reports_the_problems_by_category_and_how_many_go_files_were_checked()
    {
        var (code, output, error) = CheckGo();
        Assert.True(code == 0, error);
        // The program, its starter and its tests.
        Assert.Matches(@"Checked \d+ pages and 3 Go files \(go[\d.]+\): no errors in \d+\.\d\d s", output);
        Assert.Matches(@"(?m)^Arrays and hashing: 1 problem\n  sum +reference passes 2 of 2 cases, starter fails 1\n1 coding problem in 1 category; for 1 of them the reference solution passes the tests and the starter fails them$", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void File_that_needs_a_newer_go_is_listed_as_skipped_and_counted_apart()
    {
        Content.Write("banks/coding/sum.go", "//go:build go1.99\n\n" + File.ReadAllText(Content.PathOf("banks/coding/sum.go")));

        var (code, output, error) = CheckGo();

        Assert.True(code == 0, error);
        Assert.Matches(@"(?m)^\S*banks/coding/sum\.go:1: skipped \(needs go1\.99\)$", output);
        Assert.Matches(@"(?m)^  sum +skipped \(needs go1\.99\)$", output);
        Assert.Matches(@"Checked \d+ pages and 0 Go files \(go[\d.]+; 1 more skipped, needing a newer Go\): no errors in", output);
    }

    [Fact]
    public void Broken_solution_exits_1_with_a_path_line_column_error()
    {
        Content.Replace("banks/coding/sum.go", "return total", "return totl");
        var code = File.ReadAllText(Content.PathOf("banks/coding/sum.go"));
        var (line, column) = GoPrograms.PositionOf(code, "totl");

        var (exit, _, error) = CheckGo();

        Assert.Equal(1, exit);
        Assert.Matches($@"(?m)^\S*banks/coding/sum\.go:{line}:{column}: error: undefined: totl$", error);
    }

    [Fact]
    public void Content_errors_and_go_errors_are_reported_in_one_run()
    {
        Content.Replace("banks/coding.yml", "    difficulty: easy", "    dificulty: easy");
        Content.Replace("banks/coding/sum.go", "fmt.Println(sum(", "fmt.Println(1 + sum(");

        var (exit, _, error) = CheckGo();

        Assert.Equal(1, exit);
        Assert.Matches(@"banks/coding\.yml:9:5: error: unknown key 'dificulty'", error);
        Assert.Matches(@"banks/coding/sum\.go:1:1: error: output differs from expected_output at line 1", error);
    }

    [Fact]
    public void Time_limit_is_an_option()
    {
        var (exit, _, error) = CheckGo("--go-timeout", "0");
        Assert.Equal(2, exit);
        Assert.Contains("--go-timeout", error);
    }

    [Fact]
    public async Task Without_go_on_path_it_fails_and_says_how_to_install_go()
    {
        // A separate process, so PATH can leave Go out without touching the tests' own environment.
        using var emptyBin = new TempFolder();
        var start = new ProcessStartInfo(DotnetHost(), [Path.Combine(AppContext.BaseDirectory, "StudyGuide.Cli.dll"), "check", "--go", "--input", Content.Root, "--theme", RepoPaths.Theme])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PATH"] = emptyBin.Path;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("apt-get install golang-go", error);
        Assert.DoesNotContain("no errors", await output);
    }

    [Fact]
    public void Toolchain_is_not_found_on_an_empty_path()
    {
        Assert.Null(GoToolchain.Locate(""));
        Assert.NotNull(GoToolchain.Locate());
    }

    /// <summary>The dotnet executable running these tests (DOTNET_HOST_PATH when the SDK set it, else the one on PATH).</summary>
    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }
        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "dotnet")).First(File.Exists);
    }
}
