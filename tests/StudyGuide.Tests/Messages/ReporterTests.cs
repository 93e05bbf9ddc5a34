using StudyGuide.Cli;
using StudyGuide.Diagnostics;

namespace StudyGuide.Tests.Messages;

/// <summary>
/// The interactive terminal's diagnostic line: colored, but as safe as the plain one, and never
/// wrapped into several lines (Spectre's layout would break a long message at the terminal's width).
/// </summary>
public sealed class ReporterTests
{
    private static readonly Diagnostic Forging = Diagnostic.Error(new SourceLocation("input/site.yml", 7, 1),
        "unknown key '" + new string('x', 300) + " bad\ninput/x.yml:1:1: error: fake\u001b[2J\u0007\u202e'");

    [Fact]
    public void The_colored_line_is_one_line_with_only_its_own_escape_sequences()
    {
        var line = Reporter.TerminalLine(Forging, ansi: true);
        Assert.DoesNotContain('\n', line);
        Assert.Equal("\u001b[1minput/site.yml:7:1\u001b[0m: \u001b[31merror\u001b[0m: " + Forging.Message, line);
        Assert.EndsWith(@" bad\ninput/x.yml:1:1: error: fake\u001b[2J\u0007\u202e'", line);
        Assert.DoesNotContain(line, c => c is '\u0007' or '\u202e');
    }

    [Fact]
    public void Without_ansi_the_line_is_the_plain_compiler_format() =>
        Assert.Equal(Forging.ToString(), Reporter.TerminalLine(Forging, ansi: false));
}
