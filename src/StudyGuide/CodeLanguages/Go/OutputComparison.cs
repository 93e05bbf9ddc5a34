namespace StudyGuide.CodeLanguages.Go;

/// <summary>
/// Compares a program's stdout with the <c>expected_output</c> written in a bank. The comparison is
/// exact except for trailing newlines: a YAML block scalar (<c>|</c>) decides those, not the author.
/// </summary>
internal static class OutputComparison
{
    private const int MaxShownLength = 120;

    /// <summary>Null when the outputs match; otherwise a message naming the first line that differs.</summary>
    public static string? FirstDifference(string expected, string actual)
    {
        var expectedLines = Lines(expected);
        var actualLines = Lines(actual);
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var line = i + 1;
            if (i >= actualLines.Length)
            {
                return $"output ends after line {i}, but expected_output continues with line {line}: {Quote(expectedLines[i])}";
            }
            if (i >= expectedLines.Length)
            {
                return $"output has more lines than expected_output; line {line} is {Quote(actualLines[i])}";
            }
            if (expectedLines[i] != actualLines[i])
            {
                return $"output differs from expected_output at line {line}: expected {Quote(expectedLines[i])}, got {Quote(actualLines[i])}";
            }
        }
        return null;
    }

    private static string[] Lines(string text)
    {
        var trimmed = text.Replace("\r\n", "\n").TrimEnd('\n');
        return trimmed.Length == 0 ? [] : trimmed.Split('\n');
    }

    private static string Quote(string line)
    {
        var shown = line.Length > MaxShownLength ? line[..MaxShownLength] + "…" : line;
        return "\"" + shown.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\t", "\\t") + "\"";
    }
}
