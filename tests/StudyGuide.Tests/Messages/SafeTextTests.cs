using CsCheck;
using StudyGuide.Diagnostics;

namespace StudyGuide.Tests.Messages;

/// <summary>
/// Content echoed in a diagnostic is escaped so a message is always one line of text that cannot
/// forge another error line, move the terminal's cursor or reorder what it shows.
/// </summary>
public sealed class SafeTextTests
{
    /// <summary>Text made mostly of the characters that must be escaped, with ordinary ones between.</summary>
    private static readonly Gen<string> HostileText = Gen.OneOf(
            Gen.Char['\u0000', '\u00a0'],
            Gen.Char["\u061c\u200e\u200f\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\\'"],
            Gen.Char)
        .Array[0, 40].Select(chars => new string(chars));

    [Theory]
    [InlineData("a\nb", @"a\nb")]
    [InlineData("a\r\nb\tc", @"a\r\nb\tc")]
    [InlineData("\u001b[31mred\u0007", @"\u001b[31mred\u0007")]
    [InlineData("\u007f\u0085\u009b", @"\u007f\u0085\u009b")]
    [InlineData("abc\u202edcba\u2066x\u2069\u200e\u200f\u061c", @"abc\u202edcba\u2066x\u2069\u200e\u200f\u061c")]
    [InlineData("line\u2028separator", @"line\u2028separator")]
    [InlineData("plain 'text' — with ünïcode and C:\\path", "plain 'text' — with ünïcode and C:\\path")]
    public void Unsafe_characters_are_written_as_escapes(string content, string escaped) =>
        Assert.Equal(escaped, SafeText.Escape(content));

    [Fact]
    public void Escaped_text_holds_no_unsafe_character_and_escaping_it_again_changes_nothing() =>
        HostileText.Sample(text =>
        {
            var escaped = SafeText.Escape(text);
            Assert.DoesNotContain(escaped, SafeText.IsUnsafe);
            Assert.Equal(escaped, SafeText.Escape(escaped));
        });

    [Fact]
    public void Text_without_unsafe_characters_is_returned_as_it_is()
    {
        const string text = "unknown key 'dificulty'";
        Assert.Same(text, SafeText.Escape(text));
    }

    [Fact]
    public void Quoting_cuts_long_content_and_says_how_long_it_was()
    {
        Assert.Equal("'short'", SafeText.Quote("short"));
        var quoted = SafeText.Quote(new string('x', 5000));
        Assert.Equal("'" + new string('x', SafeText.MaxQuoted) + "…' (5000 characters)", quoted);
    }

    [Fact]
    public void Quoting_never_cuts_a_surrogate_pair_in_half()
    {
        var text = new string('x', SafeText.MaxQuoted - 1) + "😀" + "tail";
        var quoted = SafeText.Quote(text);
        Assert.StartsWith("'" + new string('x', SafeText.MaxQuoted - 1) + "…'", quoted);
    }

    [Fact]
    public void A_diagnostic_is_one_safe_line_however_it_was_made()
    {
        var location = new SourceLocation("input/chapters/x\n.md", 3, 4);
        var diagnostic = Diagnostic.Error(location, "bad\ninput/site.yml:1:1: error: fake \u001b]0;title\u0007");
        var edited = diagnostic with { Message = "again\r\n\u202e" };

        Assert.Equal(@"bad\ninput/site.yml:1:1: error: fake \u001b]0;title\u0007", diagnostic.Message);
        Assert.Equal(@"input/chapters/x\n.md:3:4: error: bad\ninput/site.yml:1:1: error: fake \u001b]0;title\u0007", diagnostic.ToString());
        Assert.Equal(@"again\r\n\u202e", edited.Message);
        Assert.DoesNotContain(edited.ToString(), SafeText.IsUnsafe);
    }
}
