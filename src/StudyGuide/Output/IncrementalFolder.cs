using System.Collections.Concurrent;
using System.Security.Cryptography;
using StudyGuide.Publishing;

namespace StudyGuide.Output;

/// <summary>
/// The output folder of the live preview (one per <c>Pipeline.PreviewSession</c>, for the
/// session's life), updated in place: each build's files are held in memory until it commits,
/// then only files whose bytes changed are written and files the build no longer produces are
/// deleted. A save that changes one chapter rewrites one page,
/// the browser reloads only the tabs showing it, and a failed build touches nothing.
/// The result is byte-identical to a clean build (same bytes, same file set); only the way
/// of getting there differs from <see cref="StagingFolder"/>. One build at a time.
/// </summary>
internal sealed class IncrementalFolder(string outputPath)
{
    private readonly string _root = Path.GetFullPath(outputPath);

    /// <summary>SHA-256 of every file as last written; read from disk on the first commit.</summary>
    private Dictionary<string, byte[]>? _hashes;

    public string Root => _root;

    /// <summary>
    /// Writes one page at once, outside a build (the preview's quick path); the next build's
    /// commit sees it as unchanged unless its bytes differ. Returns whether the file changed.
    /// </summary>
    public bool WriteNow(string relativePath, byte[] bytes)
    {
        _hashes ??= ReadHashes();
        var hash = SHA256.HashData(bytes);
        if (_hashes.TryGetValue(relativePath, out var old) && old.AsSpan().SequenceEqual(hash))
        {
            return false;
        }
        Replace(relativePath, bytes);
        _hashes[relativePath] = hash;
        return true;
    }

    /// <summary>Starts a build: pass the returned output to the builder.</summary>
    public Update Begin() => new(this);

    private IReadOnlyList<string> Apply(IReadOnlyDictionary<string, byte[]> files)
    {
        _hashes ??= ReadHashes();
        var changed = new List<string>();
        foreach (var (path, bytes) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (WriteNow(path, bytes))
            {
                changed.Add(path);
            }
        }
        foreach (var stale in _hashes.Keys.Where(p => !files.ContainsKey(p)).Order(StringComparer.Ordinal).ToList())
        {
            Delete(stale);
            _hashes.Remove(stale);
            changed.Add(stale);
        }
        changed.Sort(StringComparer.Ordinal);
        OutputFolder.Mark(_root);
        return changed;
    }

    private Dictionary<string, byte[]> ReadHashes()
    {
        var hashes = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        if (!Directory.Exists(_root))
        {
            return hashes;
        }
        foreach (var file in Directory.GetFiles(_root, "*", SearchOption.AllDirectories))
        {
            hashes[Path.GetRelativePath(_root, file).Replace('\\', '/')] = SHA256.HashData(File.ReadAllBytes(file));
        }
        return hashes;
    }

    /// <summary>Writes beside the target and renames over it, so the server never sends half a file.</summary>
    private void Replace(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Deletes a file the build no longer makes, and the folders that leaves empty.</summary>
    private void Delete(string relativePath)
    {
        var path = Path.Combine(_root, relativePath);
        File.Delete(path);
        var folder = Path.GetDirectoryName(path);
        while (folder is not null && folder.Length > _root.Length && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder);
        }
    }

    /// <summary>One build's files, applied to the folder on <see cref="Commit"/>.</summary>
    public sealed class Update(IncrementalFolder folder) : ISiteOutput
    {
        private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

        /// <summary>Site-relative paths (forward slashes) written or deleted by the commit, in order.</summary>
        public IReadOnlyList<string> Changes { get; private set; } = [];

        public bool Committed { get; private set; }

        public void Write(string relativePath, ReadOnlySpan<byte> bytes) => _files[relativePath.Replace('\\', '/')] = bytes.ToArray();

        public void Commit()
        {
            Changes = folder.Apply(_files);
            Committed = true;
        }
    }
}
