using System.Text.RegularExpressions;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Hostile;

/// <summary>
/// Diagnostics that cannot lie (issue 12): content echoed in a message cannot forge a second error
/// line or reach the terminal as control or bidirectional characters, one broken file is reported
/// once and not again in the files that name its ids, and <c>new problem</c> on a broken bank
/// reports the bank's own errors.
/// </summary>
public sealed partial class SafeDiagnosticsTests(PreviousBuild previous) : IClassFixture<PreviousBuild>
{
    [GeneratedRegex(@"(?m)^\S.*:\d+:\d+: error: ")]
    private static partial Regex ErrorLine();

    [Fact]
    public void A_key_with_an_escaped_newline_cannot_forge_a_second_error_line()
    {
        using var input = new HostileInput(previous);
        input.Replace("site.yml", "branch: main", "branch: main\n\"bad\\ninput/banks/coding.yml:1:1: error: fake\": 1");
        var run = input.Build();
        var (line, column) = input.PositionOf("site.yml", "\"bad");
        input.AssertRefused(run, $@"input/site\.yml:{line}:{column}: error: unknown key 'bad\\ninput/banks/coding\.yml:1:1: error: fake'; allowed keys here: .*");
        Assert.Single(ErrorLine().Matches(run.Error));
        Assert.DoesNotMatch(@"(?m)^input/banks/coding\.yml:1:1", run.Error);
    }

    [Fact]
    public void Escape_bell_and_bidirectional_characters_in_a_key_reach_the_terminal_escaped()
    {
        using var input = new HostileInput(previous);
        input.Replace("banks/coding.yml", "    difficulty: easy", "    \"diff\\e[2J\\aiculty\\u202e\\u2066\\x85\": easy");
        var run = input.Build();
        var (line, column) = input.PositionOf("banks/coding.yml", "\"diff");
        input.AssertRefused(run, $@"input/banks/coding\.yml:{line}:{column}: error: unknown key 'diff\\u001b\[2J\\u0007iculty\\u202e\\u2066\\u0085'.*");
        Assert.DoesNotContain(run.All, c => c is '\u001b' or '\u0007' or '\u202e' or '\u2066' or '\u0085');
    }

    [Fact]
    public void A_huge_key_is_quoted_in_part_and_checked_quickly()
    {
        using var input = new HostileInput(previous);
        var key = new string('k', 1_000_000);
        // Explicit keys ('? '), because YAML allows implicit ones 1024 characters at most.
        input.Replace("site.yml", "branch: main", $"branch: main\n? {key}\n: 1\n? {key}x\n: 2");
        var run = input.Check();
        var (line, _) = input.PositionOf("site.yml", key);
        input.AssertRefused(run, $@"input/site\.yml:{line}:3: error: unknown key 'k{{200}}…' \(1000000 characters\); allowed keys here: .*");
        Assert.True(run.Error.Length < 10_000, $"stderr has {run.Error.Length} characters");
    }

    [Fact]
    public void A_syntax_error_in_a_bank_is_the_one_error_not_also_the_related_questions_of_other_banks()
    {
        using var input = new HostileInput(previous);
        input.Replace("banks/coding.yml", "    title: Two Sum", "    title: \"Two Sum");
        var run = input.Build();
        var (line, column) = input.PositionOf("banks/coding.yml", "\"Two Sum");
        input.AssertRefused(run, $@"input/banks/coding\.yml:{line}:{column}: error: invalid YAML: .*");
        Assert.True(ErrorLine().Count(run.Error) == 1, run.ToString());
        Assert.Contains("1 error;", run.Error);
    }

    [Fact]
    public void An_unknown_related_question_is_still_reported_when_every_bank_loads()
    {
        using var input = new HostileInput(previous);
        input.Replace("checklists/common-mistakes.yml", "order: 5", "order: [5"); // a broken checklist cannot hide a question
        input.Write("banks/extra.yml", """
            id: extra
            title: Extra
            description: More.
            kind: concept
            questions:
              - id: extra-question
                title: Extra question
                difficulty: easy
                topics: [arrays]
                prompt: Why?
                answer: Because.
                related: [no-such-question]
            """);
        var run = input.Check();
        var (line, column) = input.PositionOf("banks/extra.yml", "no-such-question");
        input.AssertRefused(run, $@"input/banks/extra\.yml:{line}:{column}: error: related question 'no-such-question' does not exist");
    }

    [Fact]
    public void New_problem_on_a_bank_with_a_yaml_error_reports_that_error_and_changes_nothing()
    {
        using var input = new HostileInput(previous);
        input.Replace("banks/coding.yml", "    title: Two Sum", "    title: \"Two Sum");
        var before = FolderSnapshot.Of(input.Root);
        var run = input.Run("new", "problem", "coding", "merge-k-sorted-lists");
        var (line, column) = input.PositionOf("banks/coding.yml", "\"Two Sum");
        input.AssertRefused(run, $@"input/banks/coding\.yml:{line}:{column}: error: invalid YAML: .*");
        Assert.Contains("studyguide: cannot add a question to the bank 'coding' until the errors above are fixed; nothing was changed", run.Error);
        Assert.DoesNotContain("there is no bank", run.Error);
        FolderSnapshot.AssertSame(before, FolderSnapshot.Of(input.Root), " in input/");
    }
}
