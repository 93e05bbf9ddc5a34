namespace StudyGuide.Loading;

/// <summary>
/// The content folder being built, and how its files are named in messages and links:
/// errors use the path as typed from the working directory (so terminals and editors can
/// open it), "edit this page" links use the path inside the repository.
/// </summary>
public sealed class InputFolder(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

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

    /// <summary>Files of one content kind, sorted by name so every run sees them in the same order.</summary>
    public IReadOnlyList<string> Files(string folder, string pattern)
    {
        var directory = PathOf(folder);
        return Directory.Exists(directory)
            ? Directory.GetFiles(directory, pattern).OrderBy(f => f, StringComparer.Ordinal).ToList()
            : [];
    }
}
