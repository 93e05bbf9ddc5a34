using System.Text.RegularExpressions;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Content;

/// <summary>
/// The coding-patterns chapter names how many patterns it covers in its summary ("The eleven patterns
/// behind…"). That number, the rows of its pattern map and its pattern sections must agree, so adding a
/// pattern without updating the others fails here rather than in a reader's eyes.
/// </summary>
public sealed partial class RealInputCodingPatternsTests
{
    private static readonly string[] Numbers =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    [Fact]
    public void Summary_count_matches_the_pattern_map_and_the_pattern_sections()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Input, "chapters", "coding-patterns.md")).Replace("\r\n", "\n");

        var summary = SummaryCount().Match(text);
        Assert.True(summary.Success, "the summary should say how many patterns the chapter covers (\"The N patterns …\")");
        var word = summary.Groups["count"].Value.ToLowerInvariant();
        var claimed = int.TryParse(word, out var digits) ? digits : Array.IndexOf(Numbers, word);
        Assert.True(claimed > 0, $"'{word}' is not a number the test knows");

        // The map: the table rows after "## Pattern map", header and separator excluded.
        var mapStart = text.IndexOf("\n## Pattern map\n", StringComparison.Ordinal);
        Assert.True(mapStart >= 0, "the chapter should have a '## Pattern map' section");
        var mapEnd = text.IndexOf("\n## ", mapStart + 1, StringComparison.Ordinal);
        var rows = text[mapStart..mapEnd].Split('\n').Count(line => line.StartsWith("| ", StringComparison.Ordinal)) - 1;

        // One section per pattern: every "## " heading after the map, except the closing "How to practice".
        var sections = text[mapEnd..].Split('\n')
            .Count(line => line.StartsWith("## ", StringComparison.Ordinal) && line != "## How to practice");

        Assert.Equal(claimed, rows);
        Assert.Equal(claimed, sections);
    }

    [GeneratedRegex(@"^summary: The (?<count>\w+) patterns\b", RegexOptions.Multiline)]
    private static partial Regex SummaryCount();
}
