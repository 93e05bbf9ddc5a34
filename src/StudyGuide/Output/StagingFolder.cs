using StudyGuide.Publishing;
namespace StudyGuide.Output;

/// <summary>
/// Builds the site into a fresh folder beside the output and swaps it in only when the build
/// succeeded, so a failed build leaves the last good site untouched (and a preview server
/// keeps serving it).
/// </summary>
internal sealed class StagingFolder : ISiteOutput, IDisposable
{
    private readonly string _target;
    private bool _committed;

    public StagingFolder(string outputPath)
    {
        _target = Path.GetFullPath(outputPath).TrimEnd(Path.DirectorySeparatorChar);
        Root = $"{_target}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}";
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string? FolderOnDisk => Root;

    /// <summary>Writes a file at a site-relative path such as <c>problems/two-sum/index.html</c>. Thread-safe for distinct paths.</summary>
    public void Write(string relativePath, ReadOnlySpan<byte> bytes) => File.WriteAllBytes(PathFor(relativePath), bytes);

    /// <summary>Streams the chunks to the file, without joining them in memory first.</summary>
    public void Write(string relativePath, IReadOnlyList<ReadOnlyMemory<byte>> chunks)
    {
        using var file = File.Create(PathFor(relativePath));
        foreach (var chunk in chunks)
        {
            file.Write(chunk.Span);
        }
    }

    private string PathFor(string relativePath)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    /// <summary>Replaces the output folder with the staged one.</summary>
    public void Commit()
    {
        var old = $"{_target}.old-{Environment.ProcessId}-{Guid.NewGuid():N}";
        if (Directory.Exists(_target))
        {
            Directory.Move(_target, old);
        }
        Directory.Move(Root, _target);
        _committed = true;
        OutputFolder.Mark(_target);
        if (Directory.Exists(old))
        {
            Directory.Delete(old, recursive: true);
        }
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
