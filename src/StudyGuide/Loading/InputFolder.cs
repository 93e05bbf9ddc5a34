using StudyGuide.Diagnostics;

namespace StudyGuide.Loading;

/// <summary>
/// The content folder being built, and how its files are named in messages and links:
/// errors use the path as typed from the working directory (so terminals and editors can
/// open it), "edit this page" links use the path inside the repository.
/// Every file is listed and read through <see cref="Files"/>, which reads only regular files inside the folder.
/// </summary>
public sealed class InputFolder(string root, ContentFiles? files = null)
{
    /// <summary>The extensions of YAML content files: both are accepted everywhere, as editors and YAML tools accept both.</summary>
    public static readonly IReadOnlyList<string> YamlExtensions = [".yml", ".yaml"];

    public string Root { get; } = Path.GetFullPath(root);

    public ContentFiles Files { get; } = files ?? ContentFiles.Default;

    /// <summary>Read once: asking the OS for it for every file's path is measurable on large sites.</summary>
    private readonly string _workingDirectory = Environment.CurrentDirectory;

    public string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>Path for error messages: relative to the working directory when inside it.</summary>
    public string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(_workingDirectory, fullPath);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative).Replace('\\', '/');
    }

    /// <summary>Path inside the repository, assuming the input folder sits at its root (as <c>input/</c> does).</summary>
    public string RepositoryPath(string fullPath) =>
        (Path.GetFileName(Root) + "/" + Path.GetRelativePath(Root, fullPath)).Replace('\\', '/');

    /// <summary>The full path of a file named by <see cref="RepositoryPath"/>: its inverse.</summary>
    public string FromRepositoryPath(string repositoryPath) =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Root)!, repositoryPath));

    /// <summary>Files of one content kind in <paramref name="folder"/>, sorted by name so every run sees them in the same order.</summary>
    public IReadOnlyList<string> List(string folder, params IReadOnlyList<string> extensions) => Files.List(PathOf(folder), [.. extensions]);

    /// <summary>The text of a content file, or null after an error at its start saying why it cannot be read.</summary>
    public string? ReadText(string path, DiagnosticBag diagnostics) =>
        Files.ReadText(Root, path, SourceLocation.StartOf(DisplayPath(path)), diagnostics);

    /// <summary>Whether anything (even a dangling link) is at <paramref name="path"/>.</summary>
    public bool Exists(string path) => Files.Exists(path);
}
