namespace StudyGuide.Tests.Infrastructure;

/// <summary>A folder under the system temp directory, deleted when disposed.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "studyguide-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A browser or server may still hold a file for a moment; the OS cleans temp folders.
        }
    }

    /// <summary>
    /// The repository's theme as a build without search reads it (layouts and assets), without
    /// node_modules: copying the theme's npm tools (esbuild, ESLint, Pagefind) would take longer than the test.
    /// </summary>
    public static void CopyTheme(string target)
    {
        foreach (var folder in new[] { "layouts", "assets" })
        {
            CopyDirectory(System.IO.Path.Combine(RepoPaths.Theme, folder), System.IO.Path.Combine(target, folder));
        }
    }

    public static void CopyDirectory(string source, string target)
    {
        foreach (var directory in Directory.GetDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(directory.Replace(source, target));
        }
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(source, target), overwrite: true);
        }
    }
}
