namespace StudyGuide.CodeLanguages.Go;

/// <summary>A throw-away folder holding a Go module: a <c>go.mod</c> and some files. Deleted on dispose.</summary>
internal sealed class GoModuleFolder : IDisposable
{
    private GoModuleFolder(string directory) => Directory = directory;

    public string Directory { get; }

    /// <summary>A new folder under the system temp directory with <paramref name="moduleFile"/> as its <c>go.mod</c> and each file by name.</summary>
    public static GoModuleFolder Create(string moduleFile, IEnumerable<(string Name, string Text)> files)
    {
        var directory = Path.Combine(Path.GetTempPath(), "studyguide-go-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "go.mod"), moduleFile);
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(directory, name), text);
        }
        return new GoModuleFolder(directory);
    }

    /// <summary>A path inside the folder.</summary>
    public string PathOf(string name) => Path.Combine(Directory, name);

    /// <summary>Tool output with the folder's path removed, as the Playground shows it to users.</summary>
    public string Relative(string output) => output.Replace(Directory + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A killed program may still hold its binary for a moment; the OS cleans temp folders.
        }
    }
}
