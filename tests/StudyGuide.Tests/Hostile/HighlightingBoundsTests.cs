using StudyGuide.Highlighting;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Hostile;

/// <summary>
/// Long lines in a Go fence used to take tens of seconds in the TextMate tokenizer, and a 1 MB
/// line was silently cut to a few characters (the tokenizer's time limit returned tokens for a
/// prefix). Lines and code over the highlighting bounds are now shown in full as plain escaped
/// text, quickly. The time limit below is generous on purpose: the test asserts that the build
/// finishes and shows everything, not how fast it is.
/// </summary>
public sealed class HighlightingBoundsTests(PreviousBuild previous) : IClassFixture<PreviousBuild>
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(120);

    [Fact]
    public void Eight_lines_of_eight_thousand_characters_in_a_go_fence_build_and_show_in_full()
    {
        using var input = new HostileInput(previous);
        var lines = Enumerable.Range(0, 8).Select(i => LongLine(8000, seed: i)).ToList();
        var page = BuildChapterWithCode(input, lines);
        Assert.All(lines, line => Assert.Contains(line, page));
    }

    [Fact]
    public void A_one_megabyte_line_in_a_go_fence_is_shown_in_full()
    {
        using var input = new HostileInput(previous);
        var line = LongLine(1_000_000, seed: 1);
        var page = BuildChapterWithCode(input, [line]);
        Assert.Contains(line, page);
    }

    [Fact]
    public void One_line_over_the_bound_is_plain_and_the_short_lines_around_it_stay_highlighted()
    {
        using var input = new HostileInput(previous);
        var line = LongLine(CodeHighlighter.MaxHighlightedLineLength * 10, seed: 2);
        var page = BuildChapterWithCode(input, [line]);
        Assert.Contains(line, page);
        Assert.Contains("<span class=\"tok-keyword\">func</span>", page);
    }

    /// <summary>A Go statement of exactly <paramref name="length"/> characters that needs no HTML escaping.</summary>
    private static string LongLine(int length, int seed)
    {
        var random = new Random(seed);
        var text = new System.Text.StringBuilder("\tdata := []int{");
        while (text.Length < length)
        {
            text.Append(random.Next(1000)).Append(", ");
        }
        return text.ToString(0, length);
    }

    /// <summary>Builds the input with a new chapter holding one Go program with <paramref name="lines"/> in its body; returns the chapter's page.</summary>
    private static string BuildChapterWithCode(HostileInput input, IEnumerable<string> lines)
    {
        input.Write("chapters/long-lines.md", $$"""
            ---
            title: Long lines
            order: 99
            summary: Code with very long lines.
            tags: [go]
            ---

            ```go
            package main

            func main() {
            {{string.Join('\n', lines)}}
            }
            ```

            """);
        var run = CliProcess.Run(input.Folder, ["build", "--theme", RepoPaths.Theme, "--no-search", "--no-cache"], TimeLimit);
        Assert.False(run.TimedOut, run.ToString());
        Assert.True(run.Code == 0, run.ToString());
        HostileInput.AssertNoStackTrace(run);
        return File.ReadAllText(Path.Combine(input.OutputPath, "chapters", "long-lines", "index.html"));
    }
}
