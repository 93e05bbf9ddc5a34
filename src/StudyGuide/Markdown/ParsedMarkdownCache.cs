using System.Collections.Concurrent;
using StudyGuide.Content;
using StudyGuide.Diagnostics;

namespace StudyGuide.Markdown;

/// <summary>
/// For repeated builds (the preview): each Markdown field's syntax tree and the diagnostics its
/// parse reported, by the field (its value: file, key path, place and text). A save changes one
/// file, so a rebuild parses only that file's fields and takes the others' trees from the previous
/// build; trees are never changed after parsing, so sharing them is safe.
/// Entries that a build does not use are dropped at the next one. Thread-safe within a build.
/// </summary>
internal sealed class ParsedMarkdownCache
{
    private ConcurrentDictionary<MarkdownSource, Entry> _previous = new();
    private ConcurrentDictionary<MarkdownSource, Entry> _current = new();

    /// <summary>Starts a build: what the last one used becomes what this one can reuse.</summary>
    public void Begin() => (_previous, _current) = (_current, new());

    public ParsedMarkdown Parse(MarkdownSource source, MarkdownParser parser, DiagnosticBag diagnostics)
    {
        if (!_current.TryGetValue(source, out var entry) && !_previous.TryGetValue(source, out entry))
        {
            var own = new DiagnosticBag();
            entry = new Entry(parser.Parse(source, own), own.Sorted());
        }
        _current[source] = entry;
        foreach (var diagnostic in entry.Diagnostics)
        {
            diagnostics.Add(diagnostic);
        }
        return entry.Parsed;
    }

    private sealed record Entry(ParsedMarkdown Parsed, IReadOnlyList<Diagnostic> Diagnostics);
}
