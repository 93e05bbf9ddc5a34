using System.Globalization;
using System.Text;

namespace StudyGuide.Cli;

/// <summary>
/// Text from outside the program (an exception's message, a path given on the command line)
/// made safe to print on one line of a terminal: it cannot start a second, forged line, move the
/// cursor, ring the bell or reverse the text around it.
/// </summary>
internal static class TerminalText
{
    /// <summary>Control characters (C0, DEL, C1), line and paragraph separators and bidirectional controls as <c>\n</c>, <c>\t</c> or <c>\u202E</c>.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' or '\u061C' or (>= '\u200E' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
                    => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }
}
