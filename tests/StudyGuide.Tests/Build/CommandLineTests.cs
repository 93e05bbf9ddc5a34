using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Build;

/// <summary>The studyguide command's exit codes and messages, run in-process.</summary>
public sealed class CommandLineTests : SampleContentTest
{
    private static (int Code, string Out, string Error) Run(params string[] args) => CommandLine.Run(args);

    [Fact]
    public void Build_succeeds_and_prints_a_summary()
    {
        var (code, output, _) = Run("build", "--input", Content.Root, "--theme", RepoPaths.Theme, "--output", Content.OutputPath, "--no-search");
        Assert.Equal(0, code);
        Assert.Matches(@"Built \d+ pages into .* in \d+\.\d\d s", output);
        Assert.True(File.Exists(Path.Combine(Content.OutputPath, "index.html")));
    }

    [Fact]
    public void Build_indexes_for_search_unless_told_not_to()
    {
        var (code, output, _) = Run("build", "--input", Content.Root, "--theme", RepoPaths.Theme, "--output", Content.OutputPath, "--timings");
        Assert.Equal(0, code);
        Assert.Matches(@"(?m)^  search +\d+ ms$", output);
        Assert.True(File.Exists(Path.Combine(Content.OutputPath, "pagefind", "pagefind.js")));

        (code, output, _) = Run("build", "--input", Content.Root, "--theme", RepoPaths.Theme, "--output", Content.OutputPath, "--timings", "--no-search");
        Assert.Equal(0, code);
        Assert.DoesNotMatch(@"(?m)^  search ", output);
        Assert.False(Directory.Exists(Path.Combine(Content.OutputPath, "pagefind")));
    }

    [Fact]
    public void Content_errors_exit_1_with_compiler_style_lines_and_no_stack_trace()
    {
        Content.Replace("banks/coding.yml", "    difficulty: easy", "    dificulty: easy");
        var (code, _, error) = Run("check", "--input", Content.Root, "--theme", RepoPaths.Theme);
        Assert.Equal(1, code);
        Assert.Matches(@"banks/coding\.yml:9:5: error: unknown key 'dificulty' \(did you mean 'difficulty'\?\)", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Unknown_option_is_a_usage_error()
    {
        var (code, _, error) = Run("build", "--no-such-flag");
        Assert.Equal(2, code);
        Assert.Contains("--no-such-flag", error);
    }

    [Fact]
    public void Check_writes_nothing()
    {
        var (code, output, _) = Run("check", "--input", Content.Root, "--theme", RepoPaths.Theme);
        Assert.Equal(0, code);
        Assert.Contains("no errors", output);
        Assert.False(Directory.Exists(Content.OutputPath));
    }

    [Fact]
    public void Serve_with_a_missing_input_folder_is_a_usage_error()
    {
        var (code, _, error) = Run("serve", "--input", Content.PathOf("missing"), "--theme", RepoPaths.Theme, "--port", "0");
        Assert.Equal(2, code);
        Assert.Contains("--input folder", error);
    }

    [Fact]
    public async Task Serve_on_a_port_in_use_is_a_usage_error()
    {
        await using var taken = await StudyGuide.Cli.Serving.SiteServer.StartAsync(new(Content.OutputPath, Port: 0));
        var port = new Uri(taken.Address).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (code, _, error) = Run("serve", "--input", Content.Root, "--theme", RepoPaths.Theme, "--output", Content.OutputPath, "--port", port);
        Assert.Equal(2, code);
        Assert.Contains("--port", error);
    }
}
