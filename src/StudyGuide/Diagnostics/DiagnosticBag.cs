using System.Collections.Concurrent;

namespace StudyGuide.Diagnostics;

/// <summary>
/// Collects every problem of a run instead of stopping at the first, so a contributor
/// fixes all of them in one go. Safe to add to from parallel stages.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentBag<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void Error(SourceLocation location, string message) => Add(Diagnostic.Error(location, message));

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>Diagnostics in a stable order (file, line, column, message) so output is reproducible.</summary>
    public IReadOnlyList<Diagnostic> Sorted() => _items
        .OrderBy(d => d.Location.File, StringComparer.Ordinal)
        .ThenBy(d => d.Location.Line)
        .ThenBy(d => d.Location.Column)
        .ThenBy(d => d.Message, StringComparer.Ordinal)
        .ToList();
}
