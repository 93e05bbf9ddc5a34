using StudyGuide.Cli.Preview;
using StudyGuide.Diagnostics;
using StudyGuide.Pipeline;

namespace StudyGuide.Tests.Messages;

/// <summary>The preview's terminal log names the saved file; a file name is content, so it is escaped too.</summary>
public sealed class PreviewLogTests
{
    [Fact]
    public void A_saved_file_whose_name_holds_control_characters_is_logged_escaped()
    {
        var writer = new StringWriter();
        var root = Path.Combine(Path.GetTempPath(), "site", "input");
        var saved = Path.Combine(root, "chapters", "x\n12:00:00 input/a.md: error\u001b[2J.md");
        var build = new PreviewBuild([Diagnostic.Error(new SourceLocation("input/site.yml", 1, 1), "broken")], [], 0, 0, TimeSpan.Zero);

        new PreviewLog(writer).Rebuilt(new ChangeBatch([saved], 0), build, TimeSpan.Zero, root);
        new PreviewLog(writer).Rebuilt(new ChangeBatch([saved], 0), build with { Errors = [] }, TimeSpan.Zero, root);

        var lines = writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.EndsWith(@"input/chapters/x\n12:00:00 input/a.md: error\u001b[2J.md: rebuilt (0 of 0 pages rendered), no output changed; save → written 0 ms (build 0 ms)", lines[2]);
        Assert.DoesNotContain(writer.ToString(), c => c == '\u001b');
    }
}
