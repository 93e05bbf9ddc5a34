using StudyGuide.Markdown;

namespace StudyGuide.Tests.Markdown;

/// <summary>The linear look that refuses plainly deep block and link nesting before Markdig parses it.</summary>
public sealed class BlockNestingScanTests
{
    [Theory]
    [InlineData("> ")]
    [InlineData("- ")]
    [InlineData("* ")]
    [InlineData("1. ")]
    [InlineData("> - ")]
    public void A_line_opening_more_containers_than_the_limit_is_found_at_its_line(string marker)
    {
        var text = "# Title\n\nSome text.\n" + string.Concat(Enumerable.Repeat(marker, 40)) + "deep\n";
        Assert.Equal((3, 0), BlockNestingScan.FirstTooDeep(text, 32));
    }

    [Fact]
    public void Indentation_counts_one_level_per_four_columns()
    {
        Assert.Null(BlockNestingScan.FirstTooDeep(new string(' ', 124) + "- item", 32));
        Assert.Equal((0, 132), BlockNestingScan.FirstTooDeep(new string(' ', 132) + "- item", 32));
    }

    [Fact]
    public void Lines_inside_fenced_code_are_not_counted()
    {
        var deep = string.Concat(Enumerable.Repeat("> ", 40)) + "x";
        Assert.Null(BlockNestingScan.FirstTooDeep($"```text\n{deep}\n```\n", 32));
        Assert.Equal((4, 0), BlockNestingScan.FirstTooDeep($"```text\n{deep}\n```\n\n{deep}\n", 32));
    }

    [Fact]
    public void Ordinary_markdown_and_numbers_that_are_not_list_markers_pass()
    {
        Assert.Null(BlockNestingScan.FirstTooDeep("> quote\n> - item\n>   - nested\n\n2024 was a year.\n-not a list\n", 32));
    }

    [Fact]
    public void Link_brackets_open_at_once_past_the_limit_are_found_at_the_first_one_too_many()
    {
        var links = new string('[', 40) + "deep" + string.Concat(Enumerable.Repeat("](xref:two-sum)", 40));
        Assert.Equal((2, 2 + 32), BlockNestingScan.FirstTooDeep($"Text.\n\n  {links}\n", 32));
        // Across the lines of one paragraph, not across paragraphs.
        var half = new string('[', 20);
        Assert.Equal((1, 12), BlockNestingScan.FirstTooDeep($"{half}\n{half}\n", 32));
        Assert.Null(BlockNestingScan.FirstTooDeep($"{half}\n\n{half}\n", 32));
    }

    [Fact]
    public void Closed_escaped_and_code_brackets_do_not_count()
    {
        var closed = string.Concat(Enumerable.Repeat("[a](b) ", 100));
        Assert.Null(BlockNestingScan.FirstTooDeep(closed, 32));
        Assert.Null(BlockNestingScan.FirstTooDeep(string.Concat(Enumerable.Repeat("\\[", 100)), 32));
        Assert.Null(BlockNestingScan.FirstTooDeep("Go's `" + new string('[', 100) + "` and ``" + new string('[', 100) + "`` are code.", 32));
        Assert.Null(BlockNestingScan.FirstTooDeep("```go\n" + new string('[', 100) + "\n```\n", 32));
    }

    [Fact]
    public void Emphasis_runs_open_at_once_past_the_limit_are_found_and_ordinary_stars_pass()
    {
        var strong = string.Concat(Enumerable.Repeat("**a ", 40)) + "b" + string.Concat(Enumerable.Repeat(" a**", 40));
        Assert.Equal((0, 4 * 32), BlockNestingScan.FirstTooDeep(strong, 32));
        Assert.Null(BlockNestingScan.FirstTooDeep(string.Concat(Enumerable.Repeat("**bold** and _it_ ", 100)), 32));
        Assert.Null(BlockNestingScan.FirstTooDeep(string.Concat(Enumerable.Repeat("snake_case_name 2*x*y a * b ", 100)), 32));
        Assert.Null(BlockNestingScan.FirstTooDeep(string.Concat(Enumerable.Repeat("* item\n", 100)), 32));
    }
}
