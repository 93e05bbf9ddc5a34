using StudyGuide.CodeLanguages.Go;

namespace StudyGuide.Tests.Verification;

public sealed class OutputComparisonTests
{
    [Theory]
    [InlineData("a\nb\n", "a\nb\n")]
    [InlineData("a\nb", "a\nb\n")]
    [InlineData("a\nb\n", "a\nb")]
    [InlineData("a\r\nb\r\n", "a\nb\n")]
    [InlineData("", "")]
    public void Outputs_that_differ_at_most_in_trailing_newlines_match(string expected, string actual)
    {
        Assert.Null(OutputComparison.FirstDifference(expected, actual));
    }

    [Fact]
    public void A_changed_line_is_shown_expected_then_actual()
    {
        Assert.Equal("output differs from expected_output at line 2: expected \"b\", got \"b \"", OutputComparison.FirstDifference("a\nb\nc\n", "a\nb \nc\n"));
    }

    [Fact]
    public void Missing_and_extra_lines_are_named()
    {
        Assert.Equal("output ends after line 1, but expected_output continues with line 2: \"b\"", OutputComparison.FirstDifference("a\nb\n", "a\n"));
        Assert.Equal("output has more lines than expected_output; line 2 is \"b\"", OutputComparison.FirstDifference("a\n", "a\nb\n"));
    }
}
