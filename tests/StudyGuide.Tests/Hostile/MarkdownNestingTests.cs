using System.Text.RegularExpressions;
using StudyGuide.Markdown;

namespace StudyGuide.Tests.Hostile;

/// <summary>
/// Markdown nested thousands of levels deep used to crash the build with Markdig's position-less
/// ArgumentException; it is now refused at the nested text, whichever kind of nesting it is and
/// whether it is a chapter or a Markdown field of a YAML file.
/// </summary>
public sealed class MarkdownNestingTests(PreviousBuild previous) : IClassFixture<PreviousBuild>
{
    private const string Chapter = "chapters/final-tips.md";
    private const string Heading = "## Before the interview\n";
    private static readonly string Refusal = Regex.Escape($"Markdown here nests more than {MarkdownPipelineFactory.MaximumNestingDepth} levels deep (") + ".*";

    [Fact]
    public void Block_quotes_nested_thousands_deep_in_a_chapter_are_refused_at_their_line()
    {
        using var input = new HostileInput(previous);
        var quotes = new string('>', 5000) + " deep";
        input.Replace(Chapter, Heading, $"{Heading}\n{quotes}\n");
        var (line, column) = input.PositionOf(Chapter, quotes);
        input.AssertRefused(input.Build(), $@"input/chapters/final-tips\.md:{line}:{column}: error: {Refusal}");
    }

    [Fact]
    public void A_list_nested_a_hundred_deep_in_a_chapter_is_refused_within_the_list()
    {
        using var input = new HostileInput(previous);
        var items = Enumerable.Range(0, 100).Select(i => new string(' ', 2 * i) + $"- level {i}").ToList();
        input.Replace(Chapter, Heading, $"{Heading}\n{string.Join('\n', items)}\n");
        var (first, _) = input.PositionOf(Chapter, items[0]);
        // Where exactly the limit is crossed depends on how levels count; the error is inside the list.
        input.AssertRefused(input.Build(), $@"input/chapters/final-tips\.md:{LineIn(first, first + items.Count - 1)}:\d+: error: {Refusal}");
    }

    [Fact]
    public void Emphasis_nested_thousands_deep_in_a_chapter_is_refused_on_its_line()
    {
        using var input = new HostileInput(previous);
        var emphasis = string.Concat(Enumerable.Repeat("*a ", 3000)) + "b" + string.Concat(Enumerable.Repeat(" a*", 3000));
        input.Replace(Chapter, Heading, $"{Heading}\n{emphasis}\n");
        var (line, _) = input.PositionOf(Chapter, emphasis);
        input.AssertRefused(input.Build(), $@"input/chapters/final-tips\.md:{line}:\d+: error: {Refusal}");
    }

    [Fact]
    public void Links_nested_thousands_deep_in_a_chapter_are_refused_on_their_line_before_markdig_parses_them()
    {
        // The fuzzer's case: Markdig spent seconds on this paragraph before the tree showed it too deep.
        using var input = new HostileInput(previous);
        var links = new string('[', 8519) + "deep" + string.Concat(Enumerable.Repeat("](xref:two-sum)", 8519));
        input.Replace(Chapter, Heading, $"{Heading}\n{links}\n");
        var (line, column) = input.PositionOf(Chapter, links);
        input.AssertRefused(input.Build(), $@"input/chapters/final-tips\.md:{line}:{column + (2 * MarkdownPipelineFactory.MaximumNestingDepth)}: error: {Refusal}");
    }

    [Fact]
    public void Strong_emphasis_nested_fifteen_thousand_deep_in_a_chapter_is_refused_at_the_first_run_too_many()
    {
        // The fuzzer's case 7565: Markdig's emphasis matching spent seconds on this line.
        using var input = new HostileInput(previous);
        var strong = string.Concat(Enumerable.Repeat("**a ", 15587)) + "b" + string.Concat(Enumerable.Repeat(" a**", 15587));
        input.Replace(Chapter, Heading, $"{Heading}\n{strong}\n");
        var (line, column) = input.PositionOf(Chapter, strong);
        input.AssertRefused(input.Build(), $@"input/chapters/final-tips\.md:{line}:{column + (4 * 2 * MarkdownPipelineFactory.MaximumNestingDepth)}: error: {Refusal}");
    }

    [Fact]
    public void Block_quotes_nested_thousands_deep_in_a_question_answer_are_refused_at_their_line_of_the_bank()
    {
        using var input = new HostileInput(previous);
        var quotes = new string('>', 5000) + " deep";
        input.Replace("banks/coding.yml", "    answer: |\n", $"    answer: |\n      {quotes}\n\n");
        var (line, column) = input.PositionOf("banks/coding.yml", quotes);
        input.AssertRefused(input.Build(), $@"input/banks/coding\.yml:{line}:{column}: error: {Refusal}");
    }

    [Fact]
    public void Emphasis_nested_thousands_deep_in_a_question_answer_is_refused_by_check_too()
    {
        using var input = new HostileInput(previous);
        var emphasis = string.Concat(Enumerable.Repeat("_a ", 3000)) + "b" + string.Concat(Enumerable.Repeat(" a_", 3000));
        input.Replace("banks/coding.yml", "    answer: |\n", $"    answer: |\n      {emphasis}\n\n");
        var (line, _) = input.PositionOf("banks/coding.yml", emphasis);
        input.AssertRefused(input.Check(), $@"input/banks/coding\.yml:{line}:\d+: error: {Refusal}");
    }

    /// <summary>A regular expression for any line number from <paramref name="first"/> to <paramref name="last"/>.</summary>
    private static string LineIn(int first, int last) => "(?:" + string.Join('|', Enumerable.Range(first, last - first + 1)) + ")";
}
