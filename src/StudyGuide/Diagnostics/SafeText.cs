using System.Globalization;
using System.Text;

namespace StudyGuide.Diagnostics;

/// <summary>
/// Makes content safe to echo in a one-line message. Content comes from pull requests, so a key,
/// value or file name may hold a newline (which would forge a second <c>path:line:col: error:</c>
/// line), a terminal escape sequence (ESC, BEL, the C1 controls) or a bidirectional override that
/// makes a terminal or editor show text in another order than it is. Those characters are written
/// as escapes (<c>\n</c>, <c>\u001b</c>, <c>\u202e</c>); everything else passes unchanged.
/// Escaping is idempotent: its output holds none of the characters it escapes.
/// </summary>
public static class SafeText
{
    /// <summary>Characters of content a message quotes; the rest is cut, so one huge value cannot flood the terminal.</summary>
    public const int MaxQuoted = 200;

    /// <summary>Content quoted for a message: <c>'bad\nkey'</c>, cut after <see cref="MaxQuoted"/> characters with the full length said.</summary>
    public static string Quote(string? content)
    {
        content ??= "";
        if (content.Length <= MaxQuoted)
        {
            return "'" + Escape(content) + "'";
        }
        var cut = char.IsHighSurrogate(content[MaxQuoted - 1]) ? MaxQuoted - 1 : MaxQuoted;
        return "'" + Escape(content[..cut]) + $"…' ({content.Length} characters)";
    }

    /// <summary>The text with every unsafe character escaped; the same string when there is none.</summary>
    public static string Escape(string text)
    {
        var first = IndexOfUnsafe(text);
        if (first < 0)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsUnsafe(c))
            {
                builder.Append(c);
                continue;
            }
            builder.Append(c switch
            {
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                _ => @"\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
            });
        }
        return builder.ToString();
    }

    /// <summary>
    /// C0 controls (newlines, tab, ESC, BEL…), DEL, C1 controls (NEL, CSI…), the line and paragraph
    /// separators (line breaks for JavaScript regexes, which editors' problem matchers use) and the
    /// bidirectional marks, embeddings, overrides and isolates.
    /// </summary>
    public static bool IsUnsafe(char c) =>
        c < 0x20 || c is >= '\u007f' and <= '\u009f'
        || c is '\u061c' or '\u200e' or '\u200f' or '\u2028' or '\u2029'
        || c is >= '\u202a' and <= '\u202e'
        || c is >= '\u2066' and <= '\u2069';

    private static int IndexOfUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text[i]))
            {
                return i;
            }
        }
        return -1;
    }
}
