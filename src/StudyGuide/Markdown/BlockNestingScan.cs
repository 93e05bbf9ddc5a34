namespace StudyGuide.Markdown;

/// <summary>
/// A linear look at Markdown's nesting before Markdig parses it: Markdig's own parse of thousands
/// of nested block quotes, list items, links or emphasis takes seconds, and only then refuses them
/// (or, inline, finds them too deep in the tree), so text that plainly nests too deep is refused
/// from its characters alone. For blocks it counts the container markers (<c>&gt;</c>, <c>-</c>,
/// <c>*</c>, <c>+</c>, <c>1.</c>, <c>1)</c>) a line opens with, and its indentation; inline, the
/// link brackets (<c>[</c>) and the emphasis runs (<c>*</c>, <c>_</c> before a word and after a
/// space) open at once within a paragraph, outside code spans; all outside fenced code. It may count
/// a little more than Markdig would (a thematic break, a line of a paragraph, a bracket that opens
/// no link, a <c>*T</c> that opens no emphasis), never enough to refuse real content: the bound is
/// far above the depth any page needs.
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
        // Link brackets and emphasis runs still open in the paragraph so far (a blank line ends a paragraph).
        var open = new InlineOpeners();
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
                open = new InlineOpeners();
            }
            else if (!inFence && FirstInlineTooDeep(line, ref open, limit) is { } column)
            {
                return (lineNumber, column);
            }
            lineNumber++;
        }
        return null;
    }

    /// <summary>What a paragraph has opened so far and not closed.</summary>
    private record struct InlineOpeners(int Brackets, int Emphasis);

    /// <summary>
    /// Counts the line's link brackets and emphasis runs into <paramref name="open"/>; the column of
    /// the one that opens more than <paramref name="limit"/> at once, or null. Escaped characters and
    /// code spans (a run of backticks to the same run on the line) do not count. An emphasis run opens
    /// when it has a space (or the line's start) before it and none after it, and closes the other way
    /// round; one with letters on both sides (<c>snake_case</c>, <c>2*x</c>) does neither.
    /// </summary>
    private static int? FirstInlineTooDeep(ReadOnlySpan<char> line, ref InlineOpeners open, int limit)
    {
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '`')
            {
                var run = RunEnd(line, i);
                var close = line[run..].IndexOf(line[i..run]);
                i = close < 0 ? run - 1 : run + close + (run - i) - 1;
            }
            else if (c == '[')
            {
                open.Brackets++;
                if (open.Brackets > limit)
                {
                    return i;
                }
            }
            else if (c == ']')
            {
                open.Brackets = Math.Max(0, open.Brackets - 1);
            }
            else if (c is '*' or '_')
            {
                var run = RunEnd(line, i);
                var spaceBefore = i == 0 || char.IsWhiteSpace(line[i - 1]);
                var spaceAfter = run == line.Length || char.IsWhiteSpace(line[run]);
                if (spaceBefore && !spaceAfter && ++open.Emphasis > limit)
                {
                    return i;
                }
                if (!spaceBefore && spaceAfter)
                {
                    open.Emphasis = Math.Max(0, open.Emphasis - 1);
                }
                i = run - 1;
            }
        }
        return null;
    }

    /// <summary>The end of the run of the character at <paramref name="start"/>.</summary>
    private static int RunEnd(ReadOnlySpan<char> line, int start)
    {
        var end = start;
        while (end < line.Length && line[end] == line[start])
        {
            end++;
        }
        return end;
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
