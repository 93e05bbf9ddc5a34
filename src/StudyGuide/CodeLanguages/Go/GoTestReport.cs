using System.Globalization;
using System.Text.RegularExpressions;

namespace StudyGuide.CodeLanguages.Go;

/// <summary>
/// What a test binary run with <c>-test.v</c> printed, read test by test: which tests and <c>t.Run</c>
/// cases passed and failed, and the messages each one logged. With <c>-v</c>, Go prints a test's
/// messages as they happen, after its <c>=== RUN</c> line: <c>    two_sum_test.go:33: input: …</c>, each
/// further line of one message indented four more spaces. Tests that use <c>t.Parallel</c> interleave
/// their output, which is why the practice tests may not.
/// </summary>
internal sealed partial class GoTestReport
{
    private GoTestReport(IReadOnlyDictionary<string, bool> results, IReadOnlyList<GoTestMessage> messages)
    {
        Results = results;
        Messages = messages;
    }

    /// <summary>Every test and case that finished, by name (<c>TestTwoSum/pair_at_the_start</c>): true when it passed. Skipped ones are left out.</summary>
    public IReadOnlyDictionary<string, bool> Results { get; }

    /// <summary>Every message a test logged (<c>t.Errorf</c>, <c>t.Log</c>, …), in the order printed.</summary>
    public IReadOnlyList<GoTestMessage> Messages { get; }

    /// <summary>The <c>t.Run</c> cases (names with a slash) that passed.</summary>
    public IReadOnlyList<string> PassedCases => Results.Where(r => r.Value && IsCase(r.Key)).Select(r => r.Key).ToList();

    /// <summary>
    /// The tests and cases that failed with no failed case under them, in name order: where failures
    /// were reported. A name without a slash here failed outside any <c>t.Run</c> case.
    /// </summary>
    public IReadOnlyList<string> FailedLeaves => Results
        .Where(r => !r.Value && !Results.Any(other => !other.Value && other.Key.StartsWith(r.Key + "/", StringComparison.Ordinal)))
        .Select(r => r.Key).Order(StringComparer.Ordinal).ToList();

    /// <summary>Whether <paramref name="name"/> is a <c>t.Run</c> case rather than a top-level test.</summary>
    public static bool IsCase(string name) => name.Contains('/', StringComparison.Ordinal);

    public static GoTestReport Parse(string output)
    {
        var results = new Dictionary<string, bool>(StringComparer.Ordinal);
        var messages = new List<GoTestMessage>();
        string? test = null;
        GoTestMessage? open = null;
        var openIndent = 0;
        foreach (var line in output.Replace("\r\n", "\n").Split('\n'))
        {
            if (open is not null && line.StartsWith(new string(' ', openIndent + 4), StringComparison.Ordinal))
            {
                open = open with { Lines = [.. open.Lines, line.Trim()] };
                messages[^1] = open;
                continue;
            }
            open = null;
            if (Heading().Match(line) is { Success: true } heading)
            {
                test = heading.Groups["name"].Value;
            }
            else if (Result().Match(line) is { Success: true } result)
            {
                if (result.Groups["status"].Value != "SKIP")
                {
                    results[result.Groups["name"].Value] = result.Groups["status"].Value == "PASS";
                }
            }
            else if (test is not null && Message().Match(line) is { Success: true } message)
            {
                open = new GoTestMessage(test, message.Groups["file"].Value, int.Parse(message.Groups["line"].Value, CultureInfo.InvariantCulture), [message.Groups["text"].Value.TrimEnd()]);
                openIndent = message.Groups["indent"].Value.Length;
                messages.Add(open);
            }
        }
        return new GoTestReport(results, messages);
    }

    // "=== RUN   TestTwoSum/pair", "=== CONT  TestX", "=== NAME  TestX" (Go 1.20+)
    [GeneratedRegex(@"^=== (?:RUN|CONT|NAME|PAUSE)\s+(?<name>\S+)\s*$")]
    private static partial Regex Heading();

    // "--- FAIL: TestTwoSum/pair (0.00s)", indented four spaces per level of nesting
    [GeneratedRegex(@"^\s*--- (?<status>PASS|FAIL|SKIP): (?<name>\S+)")]
    private static partial Regex Result();

    // "    two_sum_test.go:33: input: …"
    [GeneratedRegex(@"^(?<indent> +)(?<file>[^/\s:]+\.go):(?<line>\d+): (?<text>.*)$")]
    private static partial Regex Message();
}

/// <summary>One message a test logged: which test, where (<paramref name="FileName"/> and <paramref name="Line"/> of the call), and its lines.</summary>
internal sealed record GoTestMessage(string Test, string FileName, int Line, IReadOnlyList<string> Lines)
{
    /// <summary>
    /// Whether the message has the practice tests' fixed form, the one the page's Check shows: an
    /// <c>input: …</c> line, then <c>got: …</c>, then <c>want: …</c> (from one
    /// <c>t.Errorf("input: %s\ngot: %v\nwant: %v", …)</c>).
    /// </summary>
    public bool HasFixedForm
    {
        get
        {
            var got = IndexOf("got: ", 1);
            return Lines[0].StartsWith("input: ", StringComparison.Ordinal) && got > 0 && IndexOf("want: ", got + 1) > got;
        }
    }

    private int IndexOf(string prefix, int from)
    {
        for (var i = from; i < Lines.Count; i++)
        {
            if (Lines[i].StartsWith(prefix, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The message on one line, its lines joined by "; ".</summary>
    public string OneLine => string.Join("; ", Lines);
}
