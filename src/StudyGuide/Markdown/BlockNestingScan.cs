namespace StudyGuide.Markdown;

/// <summary>
/// A linear look at Markdown's nesting before Markdig parses it: Markdig's own parse of thousands
/// of nested block quotes, list items or links takes seconds, and only then refuses them (or, for
/// links, finds them too deep in the tree), so text that plainly nests too deep is refused from its
/// characters alone. For blocks it counts the container markers (<c>&gt;</c>, <c>-</c>, <c>*</c>,
/// <c>+</c>, <c>1.</c>, <c>1)</c>) a line opens with, and its indentation; for links, the link
/// brackets (<c>[</c>) open at once within a paragraph, outside code spans; both outside fenced
/// code. It may count a little more than Markdig would (a thematic break, a line of a paragraph, a
/// bracket that opens no link), never enough to refuse real content: the bound is far above the
/// depth any page needs.
/// </summary>
internal static class BlockNestingScan
{
    /// <summary>Columns of indentation a tab stands for, as CommonMark counts them.</summary>
    private const int TabWidth = 4;

    /// <summary>The 0-based line and column of the first line that opens more than <paramref name="limit"/> containers, or null.</summary>
    public static (int Line, int Column)? FirstTooDeep(string text, int limit)
    {
        var inFence = false;
        var lineNumber = 0;
        // Link brackets still open in the paragraph so far (a blank line ends a paragraph).
        var openBrackets = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan()[range];
            var trimmed = line.TrimStart(" \t>");
            if (trimmed.StartsWith("```") || trimmed.StartsWith("~~~"))
            {
                inFence = !inFence;
            }
            else if (!inFence && Depth(line) > limit)
            {
                return (lineNumber, line.Length - line.TrimStart(" \t").Length);
            }
            else if (!inFence && line.IsWhiteSpace())
            {
                openBrackets = 0;
            }
            else if (!inFence && FirstBracketTooDeep(line, ref openBrackets, limit) is { } column)
            {
                return (lineNumber, column);
            }
            lineNumber++;
        }
        return null;
    }

    /// <summary>
    /// Counts the line's link brackets into <paramref name="open"/>; the column of the bracket that
    /// opens more than <paramref name="limit"/> at once, or null. Escaped brackets and code spans
    /// (a run of backticks to the same run on the line) do not count.
    /// </summary>
    private static int? FirstBracketTooDeep(ReadOnlySpan<char> line, ref int open, int limit)
    {
        for (var i = 0; i < line.Length; i++)
        {
            switch (line[i])
            {
                case '\\':
                    i++;
                    break;
                case '`':
                    var run = i;
                    while (run < line.Length && line[run] == '`')
                    {
                        run++;
                    }
                    var close = line[run..].IndexOf(line[i..run]);
                    i = close < 0 ? run - 1 : run + close + (run - i) - 1;
                    break;
                case '[':
                    if (++open > limit)
                    {
                        return i;
                    }
                    break;
                case ']':
                    open = Math.Max(0, open - 1);
                    break;
            }
        }
        return null;
    }

    /// <summary>Markers at the start of the line, plus one level for every four columns of indentation.</summary>
    private static int Depth(ReadOnlySpan<char> line)
    {
        var (markers, columns, i) = (0, 0, 0);
        while (i < line.Length)
        {
            var c = line[i];
            if (c == ' ')
            {
                columns++;
                i++;
            }
            else if (c == '\t')
            {
                columns += TabWidth;
                i++;
            }
            else if (c == '>')
            {
                markers++;
                i++;
            }
            else if ((c is '-' or '*' or '+') && i + 1 < line.Length && line[i + 1] is ' ' or '\t')
            {
                markers++;
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                var end = i;
                while (end < line.Length && end - i < 9 && char.IsAsciiDigit(line[end]))
                {
                    end++;
                }
                if (end < line.Length - 1 && line[end] is '.' or ')' && line[end + 1] is ' ' or '\t')
                {
                    markers++;
                    i = end + 1;
                }
                else
                {
                    break;
                }
            }
            else
            {
                break;
            }
        }
        return markers + (columns / TabWidth);
    }
}
