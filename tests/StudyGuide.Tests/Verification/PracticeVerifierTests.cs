using StudyGuide.Cli.Commands;
using StudyGuide.CodeLanguages;
using StudyGuide.CodeLanguages.Go;
using StudyGuide.ContentTypes;
using StudyGuide.Diagnostics;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Verification;

/// <summary>
/// One practice problem that passes and one per way the practice files can be wrong, verified once with the
/// real toolchain (in parallel, as <c>check --go</c> does). Every problem is SampleContent's sum with one
/// file changed.
/// </summary>
public sealed class VerifiedPracticeProblems : IAsyncLifetime
{
    /// <summary>Long enough for a race-enabled test binary on a busy machine; the blocking starter waits it out once.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(4);

    private const string Reference = SampleContent.SumGo;
    private const string Starter = SampleContent.SumStarterGo;
    private const string Tests = SampleContent.SumTestGo;

    /// <summary>Each problem's files: reference, starter, tests.</summary>
    public Dictionary<string, (string Reference, string Starter, string Tests)> Files { get; } = new()
    {
        ["good"] = (Reference, Starter, Tests),
        ["starter-passes"] = (Reference, "package main\n\nfunc sum(xs []int) int {\n\ttotal := 0\n\tfor _, x := range xs {\n\t\ttotal += x\n\t}\n\treturn total\n}\n", Tests),
        ["starter-panics"] = (Reference, "package main\n\nfunc sum(xs []int) int {\n\treturn xs[5]\n}\n", Tests),
        ["starter-blocks"] = (Reference, "package main\n\nimport \"time\"\n\nfunc sum(xs []int) int {\n\ttime.Sleep(time.Hour)\n\treturn 0\n}\n", Tests),
        ["tests-do-not-build"] = (Reference, Starter, Tests.Replace("sum(tc.xs)", "sum(tc.xs, 0)", StringComparison.Ordinal)),
        // Two independent mistakes: the starter is not formatted, and the tests report failures in a free form.
        ["wrong-form"] = (Reference, Starter.Replace("return 0", "return  0", StringComparison.Ordinal),
            Tests.Replace("\"input: xs = %v\\ngot: %d\\nwant: %d\"", "\"sum(%v) = %d, want %d\"", StringComparison.Ordinal)),
        // Wrong for three numbers only, so exactly one case fails.
        ["reference-fails"] = (Reference.Replace("total := 0", "total := len(xs) / 3", StringComparison.Ordinal), Starter, Tests),
        ["no-cases"] = (Reference, Starter,
            "package main\n\nimport \"testing\"\n\nfunc TestSum(t *testing.T) {\n\tif got := sum([]int{1, 2, 3}); got != 6 {\n\t\tt.Errorf(\"input: xs = [1 2 3]\\ngot: %d\\nwant: 6\", got)\n\t}\n}\n"),
        // Go 1.19's gofmt would reject the spacing; a starter for Go 1.99 is never formatted or run here.
        ["newer-go"] = (Reference, "//go:build go1.99\n\npackage main\n\nfunc sum(xs []int) int {\n    return 0\n}\n", Tests),
    };

    public IReadOnlyList<Diagnostic> Diagnostics { get; private set; } = [];

    public CodeVerification Verification { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var problems = Files.Select(p => new PracticeProblem(p.Key,
            new CodeFile(PathOf(p.Key, "reference"), p.Value.Reference, null),
            new CodeFile(PathOf(p.Key, "starter"), p.Value.Starter, null),
            new CodeFile(PathOf(p.Key, "tests"), p.Value.Tests, null))).ToList();
        var toolchain = GoToolchain.Locate() ?? throw new InvalidOperationException(GoToolchain.InstallHint);
        Verification = await new GoCodeVerifier(toolchain, TimeLimit).VerifyAsync([], problems);
        Diagnostics = Verification.Diagnostics;
    }

    /// <summary>The display path of one of a problem's files: <c>practice/&lt;id&gt;.go</c>, <c>.starter.go</c> or <c>_test.go</c>.</summary>
    public static string PathOf(string id, string file) => file switch
    {
        "reference" => $"practice/{id}.go",
        "starter" => $"practice/{id}.starter.go",
        _ => $"practice/{id}_test.go",
    };

    public IReadOnlyList<string> ErrorsOf(string id) =>
        Diagnostics.Where(d => d.Location.File.StartsWith($"practice/{id}.", StringComparison.Ordinal) || d.Location.File == PathOf(id, "tests"))
            .Select(d => d.ToString()).ToList();

    public PracticeResult ResultOf(string id) => Verification.Practice.Single(p => p.QuestionId == id);

    public Task DisposeAsync() => Task.CompletedTask;
}

public sealed class PracticeVerifierTests(VerifiedPracticeProblems problems) : IClassFixture<VerifiedPracticeProblems>
{
    private string Error(string id, string file, int line, string message) => $"{VerifiedPracticeProblems.PathOf(id, file)}:{line}:1: error: {message}";

    private (string Reference, string Starter, string Tests) Files(string id) => problems.Files[id];

    [Fact]
    public void Tests_that_pass_on_the_reference_and_fail_on_the_starter_in_the_fixed_form_are_verified()
    {
        Assert.Empty(problems.ErrorsOf("good"));
        var result = problems.ResultOf("good");
        Assert.Equal(new PracticeResult("good", PracticeStatus.Verified, Cases: 2, StarterFailures: 1), result);
        Assert.Equal("reference passes 2 of 2 cases, starter fails 1", result.Outcome);
    }

    [Fact]
    public void A_starter_that_passes_is_an_error_at_the_starter()
    {
        Assert.Equal([Error("starter-passes", "starter", 1, "the starter passes every test: the tests must fail it in at least one case (or the starter does too much; return zero values)")],
            problems.ErrorsOf("starter-passes"));
        Assert.Equal(PracticeStatus.Failed, problems.ResultOf("starter-passes").Status);
    }

    [Fact]
    public void A_starter_that_panics_is_an_error_at_the_panic()
    {
        var error = Assert.Single(problems.ErrorsOf("starter-panics"));
        var line = GoPrograms.PositionOf(Files("starter-panics").Starter, "xs[5]").Line;
        Assert.StartsWith(Error("starter-panics", "starter", line, "the tests panic with the starter (a starter must fail them, not crash them; return zero values): panic: runtime error: index out of range [5]"), error);
    }

    [Fact]
    public void A_starter_that_blocks_is_stopped_at_the_time_limit()
    {
        var error = Assert.Single(problems.ErrorsOf("starter-blocks"));
        Assert.StartsWith(Error("starter-blocks", "starter", 1, $"the tests did not finish within {VerifiedPracticeProblems.TimeLimit.TotalSeconds} s with the starter"), error);
    }

    [Fact]
    public void Tests_that_do_not_compile_against_the_reference_are_an_error_at_gos_position()
    {
        var (line, column) = GoPrograms.PositionOf(Files("tests-do-not-build").Tests, ", 0)");
        var errors = problems.ErrorsOf("tests-do-not-build");
        Assert.Contains(errors, e => e.StartsWith($"{VerifiedPracticeProblems.PathOf("tests-do-not-build", "tests")}:{line}:{column + 2}: error: the tests do not build with the reference solution: too many arguments in call to sum", StringComparison.Ordinal));
        Assert.Equal(PracticeStatus.Failed, problems.ResultOf("tests-do-not-build").Status);
    }

    [Fact]
    public void A_failure_not_in_the_fixed_form_is_an_error_at_the_call_and_an_unformatted_starter_at_line_1()
    {
        var errors = problems.ErrorsOf("wrong-form");
        var line = GoPrograms.PositionOf(Files("wrong-form").Tests, "t.Errorf").Line;
        Assert.Equal(2, errors.Count);
        Assert.Contains(Error("wrong-form", "starter", 1, $"file is not gofmt-formatted; run gofmt -w {VerifiedPracticeProblems.PathOf("wrong-form", "starter")}"), errors);
        Assert.Contains(Error("wrong-form", "tests", line,
            "TestSum/three_numbers fails with the starter, but not in the fixed form (one t.Errorf(\"input: %s\\ngot: %v\\nwant: %v\", …)); it printed: sum([1 2 3]) = 0, want 6"), errors);
    }

    [Fact]
    public void Tests_the_reference_fails_are_an_error_at_the_failing_check()
    {
        var line = GoPrograms.PositionOf(Files("reference-fails").Tests, "t.Errorf").Line;
        Assert.Equal([Error("reference-fails", "tests", line, "TestSum/three_numbers fails with the reference solution: input: xs = [1 2 3]; got: 7; want: 6")],
            problems.ErrorsOf("reference-fails"));
    }

    [Fact]
    public void Tests_without_t_run_cases_are_an_error()
    {
        var line = GoPrograms.PositionOf(Files("no-cases").Tests, "t.Errorf").Line;
        Assert.Equal(
            [
                Error("no-cases", "tests", 1, "the tests have no t.Run cases: run each input as t.Run(name, func(t *testing.T) { … }), so Check can show them one by one"),
                Error("no-cases", "tests", line, "TestSum fails outside a t.Run case with the starter (every failure must belong to one case); it printed: input: xs = [1 2 3]; got: 0; want: 6"),
            ],
            problems.ErrorsOf("no-cases"));
    }

    [Fact]
    public void A_problem_with_a_file_for_a_newer_go_is_skipped_listed_and_not_formatted()
    {
        Assert.Empty(problems.ErrorsOf("newer-go"));
        Assert.Equal(PracticeStatus.Skipped, problems.ResultOf("newer-go").Status);
        Assert.Equal("skipped (needs go1.99)", problems.ResultOf("newer-go").Outcome);
        Assert.Equal([new SkippedCodeFile(VerifiedPracticeProblems.PathOf("newer-go", "starter"), 1, "go1.99")], problems.Verification.Skipped);
    }

    [Fact]
    public void The_report_groups_problems_by_category_with_counts()
    {
        // Every problem here is in one category; check --go takes each problem's from the content.
        var report = PracticeReport.Lines(problems.Verification.Practice, _ => CodingCategory.BySlug["arrays-hashing"]);
        Assert.Equal($"Arrays and hashing: {problems.Files.Count} problems", report[0]);
        Assert.Contains(report, l => l.StartsWith("  good ", StringComparison.Ordinal) && l.EndsWith(" reference passes 2 of 2 cases, starter fails 1", StringComparison.Ordinal));
        Assert.Contains(report, l => l.StartsWith("  newer-go ", StringComparison.Ordinal) && l.EndsWith(" skipped (needs go1.99)", StringComparison.Ordinal));
        Assert.Equal($"{problems.Files.Count} coding problems in 1 category; for 1 of them the reference solution passes the tests and the starter fails them", report[^1]);
    }
}
