using System.Text.RegularExpressions;

namespace StudyGuide.CodeLanguages.Go;

/// <summary>
/// Reads positions out of what the Go tools print about a file, so errors point into the repository's
/// file at Go's own line and column. The shapes it understands:
/// <list type="bullet">
/// <item>compiler and vet: <c>./prog.go:14:2: undefined: x</c> (vet may prefix <c>vet: </c>; gofmt prints <c>prog.go:14:2: …</c>)</item>
/// <item>test failures: <c>    prog_test.go:12: got 3, want 4</c> after <c>--- FAIL: TestSum</c> or <c>=== RUN   TestSum</c></item>
/// <item>panics: a stack frame <c>\t/tmp/…/prog.go:8 +0x6b</c></item>
/// </list>
/// Indented lines that follow a message (the compiler's "have/want" details) are joined to it.
/// </summary>
internal static partial class GoOutputParser
{
    /// <summary>Messages about <paramref name="fileName"/> (like <c>prog.go</c>), in the order printed.</summary>
    public static IReadOnlyList<GoMessage> Parse(string output, string fileName)
    {
        var messages = new List<GoMessage>();
        string? test = null;
        foreach (var line in output.Replace("\r\n", "\n").Split('\n'))
        {
            var testLine = TestHeader().Match(line);
            if (testLine.Success)
            {
                test = testLine.Groups["name"].Value;
                continue;
            }
            var match = Position().Match(line);
            if (match.Success && match.Groups["file"].Value == fileName)
            {
                var column = match.Groups["column"].Success ? int.Parse(match.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
                var text = match.Groups["text"].Value.Trim();
                // Only test output has bare "file:line: message" lines; name the test they belong to.
                if (!match.Groups["column"].Success && test is not null)
                {
                    text = $"{test} failed: {text}";
                }
                messages.Add(new GoMessage(int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture), column, text));
            }
            else if (messages.Count > 0 && line.StartsWith('\t') && line.Trim().Length > 0 && !line.TrimStart().StartsWith('/'))
            {
                var last = messages[^1];
                messages[^1] = last with { Text = last.Text + " " + line.Trim() };
            }
        }
        return messages;
    }

    /// <summary>The first line of <paramref name="fileName"/> in a panic's stack trace (the frame closest to the failure).</summary>
    public static int? PanicLine(string stderr, string fileName) => FirstFrame(stderr, [fileName])?.Line;

    /// <summary>The first stack frame (of a panic or a race report) in one of <paramref name="fileNames"/>: the one closest to the failure.</summary>
    public static (string FileName, int Line)? FirstFrame(string output, IReadOnlyCollection<string> fileNames)
    {
        foreach (var line in output.Replace("\r\n", "\n").Split('\n'))
        {
            var match = StackFrame().Match(line);
            if (match.Success && fileNames.Contains(match.Groups["file"].Value))
            {
                return (match.Groups["file"].Value, int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return null;
    }

    /// <summary>The line that explains a failure best: a panic message, else the first line printed.</summary>
    public static string Summary(string output, int exitCode)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.FirstOrDefault(l => l.StartsWith("panic:", StringComparison.Ordinal) || l.StartsWith("fatal error:", StringComparison.Ordinal))
            ?? lines.FirstOrDefault(l => !l.StartsWith('#'))
            ?? $"exit status {exitCode}";
    }

    // "./prog.go:14:2: msg", "vet: ./prog.go:14:2: msg", "prog.go:14:2: msg", "    prog_test.go:12: msg"
    [GeneratedRegex(@"^\s*(?:vet: )?(?:\S*/)?(?<file>[^/\s:]+\.go):(?<line>\d+)(?::(?<column>\d+))?: (?<text>.*)$")]
    private static partial Regex Position();

    // "=== RUN   TestSum" (go test -v) or "--- FAIL: TestSum (0.00s)"
    [GeneratedRegex(@"^\s*(?:=== RUN\s+|--- FAIL: )(?<name>\S+)")]
    private static partial Regex TestHeader();

    // "\t/tmp/studyguide-go-1234/prog.go:8 +0x6b" (a panic), "      /tmp/…/solution.go:8 +0x6b" (a race report)
    [GeneratedRegex(@"^\s+\S*/(?<file>[^/\s:]+\.go):(?<line>\d+)(?: \+0x[0-9a-f]+)?$")]
    private static partial Regex StackFrame();
}
