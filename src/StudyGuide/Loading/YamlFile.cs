using StudyGuide.Content;
using StudyGuide.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace StudyGuide.Loading;

/// <summary>
/// A parsed YAML file that remembers its path and text, so every value read from it
/// can be traced back to a line and column for error messages.
/// </summary>
public sealed class YamlFile
{
    private readonly string[] _lines;

    private YamlFile(string displayPath, string text, int lineOffset, DiagnosticBag diagnostics)
    {
        DisplayPath = displayPath;
        LineOffset = lineOffset;
        Diagnostics = diagnostics;
        _lines = text.Split('\n');
    }

    public string DisplayPath { get; }

    /// <summary>Lines before the YAML starts in its file (front matter begins after the <c>---</c> line).</summary>
    public int LineOffset { get; }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>
    /// Parses <paramref name="text"/> and returns its root mapping, or null after reporting
    /// a syntax error, a problem <see cref="YamlEventCheck"/> finds, or a root that is not a mapping.
    /// </summary>
    public static YamlMap? Parse(string displayPath, string text, DiagnosticBag diagnostics, int lineOffset = 0)
    {
        var file = new YamlFile(displayPath, text, lineOffset, diagnostics);
        var events = file.ReadEvents(text);
        if (events is null)
        {
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new RecordedParser(events));
        }
        catch (YamlException ex)
        {
            // The event check refuses what the node model would (duplicate keys, unknown aliases);
            // this stays for anything it does not know of.
            diagnostics.Error(file.Locate(ex.Start), $"invalid YAML: {TrimYamlMessage(ex.InnerException?.Message ?? ex.Message)}");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Error(new SourceLocation(displayPath, lineOffset + 1, 1), "expected a YAML mapping of 'key: value' lines at the top level");
            return null;
        }
        return new YamlMap(file, root, "");
    }

    /// <summary>
    /// The file's parsing events, each checked as it is read (<see cref="YamlEventCheck"/>), so a
    /// hostile file is refused before it costs more than reading it; null after reporting a problem.
    /// </summary>
    private List<ParsingEvent>? ReadEvents(string text)
    {
        var check = new YamlEventCheck(this, text.Length);
        var events = new List<ParsingEvent>();
        var parser = new Parser(new StringReader(text));
        try
        {
            while (parser.MoveNext())
            {
                if (!check.Accept(parser.Current!))
                {
                    return null;
                }
                events.Add(parser.Current!);
            }
        }
        catch (YamlException ex)
        {
            var message = TrimYamlMessage(ex.InnerException?.Message ?? ex.Message);
            Diagnostics.Error(LocateSyntaxError(ex, message, LastEnd(events), text), $"invalid YAML: {message}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some malformed input (an unclosed '[', say)
            // instead of raising a YamlException; report where parsing stopped.
            Diagnostics.Error(Locate(LastEnd(events)),
                "invalid YAML after this point: look for an unclosed '[' or '{', or a value that needs quotes");
            return null;
        }
        return check.Passed ? events : null;
    }

    private static Mark LastEnd(List<ParsingEvent> events) => events.Count == 0 ? Mark.Empty : events[^1].End;

    /// <summary>
    /// Where a syntax error is. YamlDotNet gives most errors their position, but a tab used as
    /// indentation comes without one (or at the value before it, a line early): that error is put
    /// on the first indenting tab after the last position known.
    /// </summary>
    private SourceLocation LocateSyntaxError(YamlException ex, string message, Mark lastEnd, string text)
    {
        var known = ex.Start.Equals(Mark.Empty) ? lastEnd : ex.Start;
        return message.Contains(" tab ", StringComparison.Ordinal) && IndentingTab(text, (int)Math.Min(known.Index, text.Length)) is { } tab
            ? tab
            : Locate(known);
    }

    /// <summary>The first tab at or after <paramref name="from"/> that stands in a line's indentation; each line is looked at once.</summary>
    private SourceLocation? IndentingTab(string text, int from)
    {
        var lineStart = from == 0 ? 0 : text.LastIndexOf('\n', from - 1) + 1;
        var line = text.AsSpan(0, lineStart).Count('\n') + 1;
        while (true)
        {
            var indentLength = text.AsSpan(lineStart).IndexOfAnyExcept(' ', '\t');
            var tab = text.IndexOf('\t', lineStart, indentLength < 0 ? text.Length - lineStart : indentLength);
            if (tab >= from)
            {
                return new SourceLocation(DisplayPath, line + LineOffset, tab - lineStart + 1);
            }
            var next = text.IndexOf('\n', lineStart);
            if (next < 0)
            {
                return null;
            }
            (lineStart, line) = (next + 1, line + 1);
        }
    }

    public SourceLocation Locate(Mark mark) => new(DisplayPath, (int)mark.Line + LineOffset, (int)mark.Column);

    public SourceLocation Locate(YamlNode node) => Locate(node.Start);

    /// <summary>
    /// Where the Markdown text of a scalar begins. For block scalars (<c>|</c>, <c>&gt;</c>) that is the
    /// first content line after the indicator, at its indentation; for inline scalars, the value itself.
    /// </summary>
    /// <param name="keyPath">Which field of the file it is (see <see cref="MarkdownSource.KeyPath"/>).</param>
    public MarkdownSource MarkdownOf(YamlScalarNode node, string keyPath)
    {
        var start = Locate(node);
        if (node.Style is ScalarStyle.Literal or ScalarStyle.Folded)
        {
            var lineIndex = (int)node.Start.Line; // 0-based index of the line after the indicator
            var indent = lineIndex < _lines.Length ? _lines[lineIndex].Length - _lines[lineIndex].TrimStart(' ').Length : 0;
            return new MarkdownSource(node.Value ?? "", new SourceLocation(DisplayPath, start.Line + 1, indent + 1), keyPath);
        }
        var quoteWidth = node.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
        return new MarkdownSource(node.Value ?? "", start with { Column = start.Column + quoteWidth }, keyPath);
    }

    /// <summary>Hands checked events to YamlDotNet's node model, which would otherwise parse the text again.</summary>
    private sealed class RecordedParser(IReadOnlyList<ParsingEvent> events) : IParser
    {
        private int _next;

        public ParsingEvent? Current { get; private set; }

        public bool MoveNext()
        {
            Current = _next < events.Count ? events[_next++] : null;
            return Current is not null;
        }
    }

    private static string TrimYamlMessage(string message)
    {
        // YamlDotNet prefixes messages with "(Line: x, Col: y, Idx: z) - (…): "; the location is printed already.
        var dash = message.LastIndexOf("): ", StringComparison.Ordinal);
        return dash >= 0 ? message[(dash + 3)..] : message;
    }
}
