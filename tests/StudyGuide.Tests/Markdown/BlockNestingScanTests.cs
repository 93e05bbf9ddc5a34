using StudyGuide.Markdown;

namespace StudyGuide.Tests.Markdown;

/// <summary>The look at line prefixes that refuses plainly deep block nesting before Markdig parses it.</summary>
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
}
