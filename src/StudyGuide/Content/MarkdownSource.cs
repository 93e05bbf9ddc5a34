using StudyGuide.Diagnostics;

namespace StudyGuide.Content;

/// <summary>
/// A piece of Markdown and where its first line sits in its file. Markdown lives both in
/// chapter files and inside YAML block scalars; keeping the origin lets errors found while
/// parsing the Markdown (an unknown xref, say) point at the right line of the right file.
/// A value: two sources are equal when they are the same field (<see cref="KeyPath"/> of the same
/// file) with the same text at the same place, so a tree parsed for one serves the other and a
/// missing field (empty text) never stands for another missing field of the same file.
/// </summary>
/// <param name="keyPath">The field inside its file, like <c>questions[3].hints[1]</c> or <c>body</c>.</param>
public sealed class MarkdownSource(string text, SourceLocation origin, string keyPath) : IEquatable<MarkdownSource>
{
    public string Text { get; } = text;

    /// <summary>Location of the first character of <see cref="Text"/>.</summary>
    public SourceLocation Origin { get; } = origin;

    /// <summary>Which field of <see cref="Origin"/>'s file this is: with the file, the field's identity.</summary>
    public string KeyPath { get; } = keyPath;

    private readonly int _hashCode = HashCode.Combine(origin.File, keyPath);

    /// <summary>Stands in for the missing field <paramref name="keyPath"/> after its error was reported, so validation can go on.</summary>
    public static MarkdownSource Missing(SourceLocation location, string keyPath) => new("", location, keyPath);

    /// <summary>Maps a 0-based line and column inside the Markdown to a file location.</summary>
    public SourceLocation Map(int line, int column) => line == 0
        ? Origin with { Column = Origin.Column + column }
        : Origin with { Line = Origin.Line + line, Column = Origin.Column + column };

    public bool Equals(MarkdownSource? other) => ReferenceEquals(this, other)
        || (other is not null && KeyPath == other.KeyPath && Origin == other.Origin && Text == other.Text);

    public override bool Equals(object? obj) => Equals(obj as MarkdownSource);

    /// <summary>The identity alone (file and key path), never the text of a long field; computed once, as every stage looks fields up by source.</summary>
    public override int GetHashCode() => _hashCode;
}
