using StudyGuide.Content;
using StudyGuide.Diagnostics;
using YamlDotNet.Core;
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
    /// a syntax error or a root that is not a mapping.
    /// </summary>
    public static YamlMap? Parse(string displayPath, string text, DiagnosticBag diagnostics, int lineOffset = 0)
    {
        var file = new YamlFile(displayPath, text, lineOffset, diagnostics);
        var stream = new YamlStream();
        var parser = new PositionTrackingParser(new Parser(new StringReader(text)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException?.Message ?? ex.Message;
            diagnostics.Error(file.Locate(ex.Start), $"invalid YAML: {TrimYamlMessage(message)}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some malformed input (an unclosed '[', say)
            // instead of raising a YamlException; report where parsing stopped.
            diagnostics.Error(file.Locate(parser.LastEnd),
                "invalid YAML after this point: look for an unclosed '[' or '{', or a value that needs quotes");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Error(new SourceLocation(displayPath, lineOffset + 1, 1), "expected a YAML mapping of 'key: value' lines at the top level");
            return null;
        }
        return new YamlMap(file, root);
    }

    public SourceLocation Locate(Mark mark) => new(DisplayPath, (int)mark.Line + LineOffset, (int)mark.Column);

    public SourceLocation Locate(YamlNode node) => Locate(node.Start);

    /// <summary>
    /// Where the Markdown text of a scalar begins. For block scalars (<c>|</c>, <c>&gt;</c>) that is the
    /// first content line after the indicator, at its indentation; for inline scalars, the value itself.
    /// </summary>
    public MarkdownSource MarkdownOf(YamlScalarNode node)
    {
        var start = Locate(node);
        if (node.Style is ScalarStyle.Literal or ScalarStyle.Folded)
        {
            var lineIndex = (int)node.Start.Line; // 0-based index of the line after the indicator
            var indent = lineIndex < _lines.Length ? _lines[lineIndex].Length - _lines[lineIndex].TrimStart(' ').Length : 0;
            return new MarkdownSource(node.Value ?? "", new SourceLocation(DisplayPath, start.Line + 1, indent + 1));
        }
        var quoteWidth = node.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
        return new MarkdownSource(node.Value ?? "", start with { Column = start.Column + quoteWidth });
    }

    /// <summary>Remembers where the last successfully parsed event ended, for errors without a position.</summary>
    private sealed class PositionTrackingParser(IParser inner) : IParser
    {
        public Mark LastEnd { get; private set; } = Mark.Empty;

        public YamlDotNet.Core.Events.ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (inner.Current is { } current)
            {
                LastEnd = current.End;
            }
            return moved;
        }
    }

    private static string TrimYamlMessage(string message)
    {
        // YamlDotNet prefixes messages with "(Line: x, Col: y, Idx: z) - (…): "; the location is printed already.
        var dash = message.LastIndexOf("): ", StringComparison.Ordinal);
        return dash >= 0 ? message[(dash + 3)..] : message;
    }
}
