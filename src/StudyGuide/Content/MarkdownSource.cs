using StudyGuide.Diagnostics;

namespace StudyGuide.Content;

/// <summary>
/// A piece of Markdown and where its first line sits in its file. Markdown lives both in
/// chapter files and inside YAML block scalars; keeping the origin lets errors found while
/// parsing the Markdown (an unknown xref, say) point at the right line of the right file.
/// Compared by reference: each instance is one field of one file.
/// </summary>
public sealed class MarkdownSource(string text, SourceLocation origin)
{
    public string Text { get; } = text;

    /// <summary>Location of the first character of <see cref="Text"/>.</summary>
    public SourceLocation Origin { get; } = origin;

    /// <summary>Stands in for a missing field after its error was reported, so validation can go on.</summary>
    public static MarkdownSource Missing(SourceLocation location) => new("", location);

    /// <summary>Maps a 0-based line and column inside the Markdown to a file location.</summary>
    public SourceLocation Map(int line, int column) => line == 0
        ? Origin with { Column = Origin.Column + column }
        : Origin with { Line = Origin.Line + line, Column = Origin.Column + column };
}
