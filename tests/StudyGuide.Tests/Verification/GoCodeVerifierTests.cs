using System.Text.RegularExpressions;
using StudyGuide.CodeLanguages;
using StudyGuide.CodeLanguages.Go;
using StudyGuide.Diagnostics;
using StudyGuide.Loading;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Verification;

/// <summary>
/// A content folder with one clean Go file and one file per kind of failure, verified once with the
/// real toolchain (the files are checked in parallel, like <c>check --go</c> does).
/// </summary>
public sealed class VerifiedSampleFiles : IAsyncLifetime
{
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(2);

    private readonly SampleContent _content = new();

    /// <summary>The Go files written, by question id.</summary>
    public Dictionary<string, string> Code { get; } = new()
    {
        ["unformatted"] = "package main\n\nimport \"fmt\"\n\nfunc main() {\n    fmt.Println(\"hi\")\n}\n",
        ["vet"] = GoPrograms.Program("fmt.Printf(\"%d\\n\", \"six\")"),
        ["compile"] = GoPrograms.Program("sum := 1", "fmt.Println(sum + total)"),
        ["syntax"] = GoPrograms.Program("fmt.Println(1 +)"),
        ["mismatch"] = GoPrograms.Program("fmt.Println(1)", "fmt.Println(2)", "fmt.Println(3)"),
        ["no-final-newline"] = GoPrograms.Program("fmt.Print(\"x\")"),
        ["slow"] = GoPrograms.Program("n := 0", "for n >= 0 {", "\tn++", "}", "fmt.Println(n)"),
        ["panics"] = GoPrograms.Program("var xs []int", "fmt.Println(xs[3])"),
        ["passing-test"] = "package main\n\nimport \"testing\"\n\nfunc add(a, b int) int { return a + b }\n\nfunc TestAdd(t *testing.T) {\n\tif add(2, 2) != 4 {\n\t\tt.Fatal(\"add is wrong\")\n\t}\n}\n",
        ["failing-test"] = "package main\n\nimport \"testing\"\n\nfunc add(a, b int) int { return a + b }\n\nfunc TestAdd(t *testing.T) {\n\tif got := add(2, 2); got != 5 {\n\t\tt.Errorf(\"add(2, 2) = %d, want 5\", got)\n\t}\n}\n",
        // Two goroutines increment n with nothing ordering them: the race detector reports it.
        ["race"] = "// Shows a data race.\n//\n//studyguide:expect-race\npackage main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\tn := 0\n\tvar wg sync.WaitGroup\n\twg.Add(2)\n\tfor i := 0; i < 2; i++ {\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t\tn++\n\t\t}()\n\t}\n\twg.Wait()\n\tfmt.Println(n <= 2)\n}\n",
        ["race-free"] = "//studyguide:expect-race\n\n" + GoPrograms.Program("fmt.Println(1)"),
        // Clean on its first run (it leaves a file in its working folder), racy on the next ones.
        ["race-on-a-later-run"] = "//studyguide:expect-race\n\npackage main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\t\"sync\"\n)\n\nfunc main() {\n\tfmt.Println(\"done\")\n\tif _, err := os.Stat(\"ran-once\"); err != nil {\n\t\t_ = os.WriteFile(\"ran-once\", nil, 0o644)\n\t\treturn\n\t}\n\tn := 0\n\tvar wg sync.WaitGroup\n\twg.Add(2)\n\tfor i := 0; i < 2; i++ {\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t\tn++\n\t\t}()\n\t}\n\twg.Wait()\n}\n",
        ["race-in-test"] = "//studyguide:expect-race\n\n" + "package main\n\nimport \"testing\"\n\nfunc TestNothing(t *testing.T) {}\n",
        // Go 1.19's gofmt cannot parse a generic method; Go 1.99 may. Never checked here, so never an error.
        ["newer-go"] = "//go:build go1.99\n\npackage main\n\ntype box struct{}\n\nfunc (box) get[T any]() T {\n\tvar zero T\n\treturn zero\n}\n\nfunc main() {}\n",
        // A release the local Go has: checked as usual, so the mismatch is found.
        ["older-go"] = "//go:build go1.18\n\n" + GoPrograms.Program("fmt.Println(1)"),
    };

    /// <summary>What each question's expected_output says (null: none).</summary>
    public Dictionary<string, string?> Expected { get; } = new()
    {
        ["unformatted"] = "hi\n",
        ["mismatch"] = "1\n2\n4\n",
        ["no-final-newline"] = "x\n",
        ["race"] = "true\n",
        ["race-free"] = "1\n",
        ["race-on-a-later-run"] = "done\n",
        ["older-go"] = "2\n",
    };

    public IReadOnlyList<Diagnostic> Diagnostics { get; private set; } = [];

    public IReadOnlyList<SkippedCodeFile> Skipped { get; private set; } = [];

    public string GoVersion { get; private set; } = "";

    public int FileCount { get; private set; }

    public InputFolder Input => new(_content.Root);

    public async Task InitializeAsync()
    {
        var bank = SampleContent.CodingYml;
        foreach (var (id, code) in Code)
        {
            _content.Write($"banks/coding/{id}.go", code);
            GoPrograms.WritePracticeFiles(_content, id);
            bank += "\n" + GoPrograms.CodingQuestion(id, Expected.GetValueOrDefault(id));
        }
        _content.Write("banks/coding.yml", bank);
        Code["sum"] = SampleContent.SumGo;

        var loadErrors = new DiagnosticBag();
        var content = new ContentLoader().Load(Input, loadErrors);
        Assert.False(loadErrors.HasErrors, string.Join("\n", loadErrors.Sorted()));
        var files = CodeFiles.Of(content!, Input);
        FileCount = files.Count;
        var toolchain = GoToolchain.Locate() ?? throw new InvalidOperationException(GoToolchain.InstallHint);
        var verification = await new GoCodeVerifier(toolchain, TimeLimit).VerifyAsync(files);
        (Diagnostics, Skipped, GoVersion) = (verification.Diagnostics, verification.Skipped, verification.ToolchainVersion);
    }

    public string PathOf(string id) => Input.DisplayPath(_content.PathOf($"banks/coding/{id}.go"));

    public IReadOnlyList<string> ErrorsOf(string id) =>
        Diagnostics.Where(d => d.Location.File == PathOf(id)).Select(d => d.ToString()).ToList();

    public Task DisposeAsync()
    {
        _content.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class GoCodeVerifierTests(VerifiedSampleFiles files) : IClassFixture<VerifiedSampleFiles>
{
    private string Error(string id, (int Line, int Column) position, string message) =>
        $"{files.PathOf(id)}:{position.Line}:{position.Column}: error: {message}";

    [Fact]
    public void Every_code_file_of_the_bank_is_verified()
    {
        Assert.Equal(files.Code.Count, files.FileCount);
    }

    [Fact]
    public void A_clean_file_with_matching_output_passes()
    {
        Assert.Empty(files.ErrorsOf("sum"));
    }

    [Fact]
    public void Output_may_differ_only_in_the_final_newline()
    {
        Assert.Empty(files.ErrorsOf("no-final-newline"));
    }

    [Fact]
    public void Unformatted_file_is_reported_at_line_1_with_the_fix()
    {
        var error = Assert.Single(files.ErrorsOf("unformatted"));
        Assert.Equal(Error("unformatted", (1, 1), $"file is not gofmt-formatted; run gofmt -w {files.PathOf("unformatted")}"), error);
    }

    [Fact]
    public void Vet_finding_is_reported_at_gos_position()
    {
        var error = Assert.Single(files.ErrorsOf("vet"));
        var position = GoPrograms.PositionOf(files.Code["vet"], "fmt.Printf");
        Assert.StartsWith(Error("vet", position, "go vet: fmt.Printf format %d has arg"), error);
    }

    [Fact]
    public void Compile_error_is_reported_at_gos_position()
    {
        var error = Assert.Single(files.ErrorsOf("compile"));
        Assert.Equal(Error("compile", GoPrograms.PositionOf(files.Code["compile"], "total"), "undefined: total"), error);
    }

    [Fact]
    public void Syntax_error_is_reported_on_its_line()
    {
        // Go's parser may add follow-up errors; the first one is at the mistake.
        var first = files.ErrorsOf("syntax")[0];
        var line = GoPrograms.PositionOf(files.Code["syntax"], "1 +)").Line;
        Assert.Matches($@"^{Regex.Escape(files.PathOf("syntax"))}:{line}:\d+: error: expected operand", first);
    }

    [Fact]
    public void Output_mismatch_shows_the_first_differing_line()
    {
        var error = Assert.Single(files.ErrorsOf("mismatch"));
        Assert.Equal(Error("mismatch", (1, 1), "output differs from expected_output at line 3: expected \"4\", got \"3\""), error);
    }

    [Fact]
    public void Program_over_the_time_limit_is_stopped_and_reported()
    {
        var error = Assert.Single(files.ErrorsOf("slow"));
        Assert.Equal(Error("slow", (1, 1), $"did not finish within {VerifiedSampleFiles.TimeLimit.TotalSeconds} s"), error);
    }

    [Fact]
    public void Panic_is_reported_at_the_failing_line()
    {
        var error = Assert.Single(files.ErrorsOf("panics"));
        var line = GoPrograms.PositionOf(files.Code["panics"], "xs[3]").Line;
        Assert.StartsWith(Error("panics", (line, 1), "program exited with status 2: panic: runtime error: index out of range [3]"), error);
    }

    [Fact]
    public void Test_program_that_passes_is_clean()
    {
        Assert.Empty(files.ErrorsOf("passing-test"));
    }

    [Fact]
    public void Failing_test_is_reported_at_its_line_with_the_test_name()
    {
        var error = Assert.Single(files.ErrorsOf("failing-test"));
        var line = GoPrograms.PositionOf(files.Code["failing-test"], "t.Errorf").Line;
        Assert.StartsWith(Error("failing-test", (line, 1), "TestAdd failed: add(2, 2) = "), error);
    }

    [Fact]
    public void Program_that_declares_a_race_passes_when_the_race_detector_reports_one()
    {
        Assert.Empty(files.ErrorsOf("race"));
    }

    [Fact]
    public void Program_that_declares_a_race_passes_when_a_later_run_shows_it()
    {
        Assert.Empty(files.ErrorsOf("race-on-a-later-run"));
    }

    [Fact]
    public void Program_that_declares_a_race_but_has_none_is_reported_at_the_directive()
    {
        var error = Assert.Single(files.ErrorsOf("race-free"));
        Assert.Equal(Error("race-free", (1, 1), "the program declares //studyguide:expect-race, but it ran with -race and the race detector reported no data race"), error);
    }

    [Fact]
    public void Race_directive_in_a_test_program_is_an_error()
    {
        var error = Assert.Single(files.ErrorsOf("race-in-test"));
        Assert.StartsWith(Error("race-in-test", (1, 1), "//studyguide:expect-race needs a program with func main"), error);
    }

    [Fact]
    public void File_that_needs_a_newer_go_is_skipped_not_passed_and_not_formatted()
    {
        Assert.Empty(files.ErrorsOf("newer-go"));
        var skipped = Assert.Single(files.Skipped);
        Assert.Equal(new SkippedCodeFile(files.PathOf("newer-go"), 1, "go1.99"), skipped);
        Assert.Equal($"{files.PathOf("newer-go")}:1: skipped (needs go1.99)", skipped.ToString());
        Assert.Matches(@"^go1\.\d+", files.GoVersion);
    }

    [Fact]
    public void File_that_needs_an_older_go_is_checked()
    {
        var error = Assert.Single(files.ErrorsOf("older-go"));
        Assert.Equal(Error("older-go", (1, 1), "output differs from expected_output at line 1: expected \"2\", got \"1\""), error);
    }
}

public sealed class GoSourceTests
{
    [Theory]
    [InlineData("//go:build go1.23\n\npackage main\n", 1, 23)]
    [InlineData("// Copyright.\n\n//go:build linux && go1.21\n\npackage main\n", 3, 21)]
    [InlineData("//go:build go1.18 || go1.27\npackage main\n", 1, 27)]
    public void Build_line_names_the_newest_release_it_needs(string code, int line, int minor)
    {
        Assert.Equal((line, minor), GoSource.RequiredRelease(code));
    }

    [Theory]
    [InlineData("package main\n")]
    [InlineData("//go:build linux\n\npackage main\n")]
    [InlineData("//go:build !go1.23\n\npackage main\n")]
    [InlineData("package main\n\n//go:build go1.23\n")]
    public void No_release_needed_without_a_positive_go_term_above_the_package_clause(string code)
    {
        Assert.Null(GoSource.RequiredRelease(code));
    }

    [Theory]
    [InlineData("go1.19.8", 19)]
    [InlineData("go1.26rc1", 26)]
    [InlineData("devel go1.27-abcdef", 27)]
    public void Minor_release_of_a_go_version(string version, int minor)
    {
        Assert.Equal(minor, GoSource.MinorRelease(version));
    }

    [Fact]
    public void Race_directive_must_stand_alone_on_its_line()
    {
        Assert.Equal(3, GoSource.ExpectRaceLine("// A race.\n//\n//studyguide:expect-race\npackage main\n"));
        Assert.Null(GoSource.ExpectRaceLine("// do not add //studyguide:expect-race here\npackage main\n"));
    }
}
