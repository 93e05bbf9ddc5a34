using System.Collections.Concurrent;
using StudyGuide.Content;
using StudyGuide.Diagnostics;

namespace StudyGuide.Markdown;

/// <summary>
/// For repeated builds (the preview): each Markdown field's syntax tree and the diagnostics its
/// parse reported, by the field's text and where it starts. A save changes one file, so a rebuild
/// parses only that file's fields and takes the others' trees from the previous build (the link
/// stage relinks them from the URLs as written, so they end exactly as a fresh parse would).
/// Entries that a build does not use are dropped at the next one. Thread-safe within a build.
/// </summary>
public sealed class ParsedMarkdownCache
{
    private ConcurrentDictionary<(SourceLocation Origin, string Text), Entry> _previous = new();
    private ConcurrentDictionary<(SourceLocation Origin, string Text), Entry> _current = new();

    /// <summary>Starts a build: what the last one used becomes what this one can reuse.</summary>
    public void Begin() => (_previous, _current) = (_current, new());

    public ParsedMarkdown Parse(MarkdownSource source, MarkdownParser parser, DiagnosticBag diagnostics)
    {
        var key = (source.Origin, source.Text);
        if (!_current.TryGetValue(key, out var entry) && !_previous.TryGetValue(key, out entry))
        {
            var own = new DiagnosticBag();
            entry = new Entry(parser.Parse(source, own), own.Sorted());
        }
        _current[key] = entry;
        foreach (var diagnostic in entry.Diagnostics)
        {
            diagnostics.Add(diagnostic);
        }
        return entry.Parsed.WithSource(source);
    }

    private sealed record Entry(ParsedMarkdown Parsed, IReadOnlyList<Diagnostic> Diagnostics);
}
