using System.Text.Json;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Practice;

/// <summary>
/// The order of the files in Check's body matters, as golang/playground's sandbox.go handles a txtar
/// body: it looks for tests only in the leading unnamed file. The fake Playground splits and detects
/// the same way (<see cref="PlaygroundSandbox"/>), so these show what the real one does.
/// </summary>
public sealed class PlaygroundProtocolTests(FakePlayground playground) : IClassFixture<FakePlayground>
{
    private static string InputFile(string name) =>
        File.ReadAllText(Path.Combine(RepoPaths.Input, "banks", "coding", name)).Replace("\r\n", "\n");

    private async Task<JsonElement> CompileAsync(string body)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["version"] = "2", ["body"] = body, ["withVet"] = "false" });
        using var response = await http.PostAsync(playground.Address + "/compile", form);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public void Splits_a_txtar_body_like_the_sandbox()
    {
        Assert.Equal(
            [new("prog.go", "package main\n"), new("solution.go", "a\n"), new("b/c.go", "d\n")],
            PlaygroundSandbox.Split("package main\n-- solution.go --\na\n-- b/c.go --\nd"));
        Assert.Equal([new("x.go", "y\n")], PlaygroundSandbox.Split("\n \n-- x.go --\ny\n"));
        Assert.Equal([new("prog.go", "package main\n\nfunc main() {}\n")], PlaygroundSandbox.Split("package main\n\nfunc main() {}\n"));
    }

    [Fact]
    public async Task Tests_as_the_leading_file_run_as_tests_against_the_named_draft()
    {
        var result = await CompileAsync(InputFile("two-sum_test.go") + "-- solution.go --\n" + InputFile("two-sum.starter.go"));

        Assert.Equal("", result.GetProperty("Errors").GetString());
        Assert.True(result.GetProperty("IsTest").GetBoolean());
        var output = string.Concat(result.GetProperty("Events").EnumerateArray().Select(e => e.GetProperty("Message").GetString()));
        Assert.Contains("=== RUN   TestTwoSum/pair_at_the_start", output);
        Assert.Contains("    --- FAIL: TestTwoSum/pair_at_the_start", output);
        // TestsFailed counts the parent's "--- FAIL" too: the page reads the case lines instead.
        Assert.Equal(6, result.GetProperty("TestsFailed").GetInt32());
    }

    [Fact]
    public async Task A_draft_sent_as_the_leading_file_fails_to_build()
    {
        var result = await CompileAsync(InputFile("two-sum.starter.go") + "-- two_sum_test.go --\n" + InputFile("two-sum_test.go"));

        // No tests in the leading file, so `go build`, which leaves _test.go files out: no main function.
        Assert.Contains("function main is undeclared in the main package", result.GetProperty("Errors").GetString());
        Assert.False(result.GetProperty("IsTest").GetBoolean());
    }
}
