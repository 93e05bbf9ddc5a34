namespace StudyGuide.Diagnostics;

/// <summary>
/// A position in a content file, 1-based, with the path as the contributor sees it
/// (relative to the repository root, for example <c>input/banks/coding.yml</c>).
/// </summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary><c>file:line:col</c>; the file name is content too (a pull request names its files), so it is escaped.</summary>
    public override string ToString() => Line == 0 ? SafeText.Escape(File) : $"{SafeText.Escape(File)}:{Line}:{Column}";

    /// <summary>A location that points at a whole file (line 1, column 1).</summary>
    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    /// <summary>A file that is not there: printed as the path alone (<c>theme/layouts/topics.sbn-html: error: …</c>).</summary>
    public static SourceLocation Absent(string file) => new(file, 0, 0);
}
