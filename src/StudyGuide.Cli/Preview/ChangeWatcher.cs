using System.Diagnostics;
using System.Threading.Channels;

namespace StudyGuide.Cli.Preview;

/// <summary>Files that changed together, and when the first of them was seen (a <see cref="Stopwatch"/> timestamp).</summary>
internal sealed record ChangeBatch(IReadOnlyList<string> Paths, long FirstSeen);

/// <summary>
/// Watches folders (recursively) and hands out changes in batches. An editor's save is often
/// several events (a temporary file, a rename, a write, an attribute change), and a "save all"
/// touches many files: a batch ends only after <c>quiet</c> passes without a new event, so one
/// save is one rebuild. Editor droppings (swap and backup files) are ignored.
/// </summary>
internal sealed class ChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<(string Path, long Seen)> _events = Channel.CreateUnbounded<(string, long)>();

    public ChangeWatcher(IEnumerable<string> folders)
    {
        foreach (var folder in folders)
        {
            var watcher = new FileSystemWatcher(Path.GetFullPath(folder))
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Seen(e.FullPath);
            watcher.Created += (_, e) => Seen(e.FullPath);
            watcher.Deleted += (_, e) => Seen(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Seen(e.OldFullPath);
                Seen(e.FullPath);
            };
            // The event buffer overflowed: which files changed is unknown, so report the folder itself.
            var root = watcher.Path;
            watcher.Error += (_, _) => _events.Writer.TryWrite((root, Stopwatch.GetTimestamp()));
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void Seen(string path)
    {
        if (!IsNoise(path))
        {
            _events.Writer.TryWrite((path, Stopwatch.GetTimestamp()));
        }
    }

    /// <summary>Swap, backup and lock files of common editors, and installed packages: never content.</summary>
    public static bool IsNoise(string path)
    {
        var name = Path.GetFileName(path);
        var separator = Path.DirectorySeparatorChar;
        return name.EndsWith('~') || name.StartsWith(".#", StringComparison.Ordinal) || name == "4913"
            || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.Ordinal)
            || path.Contains($"{separator}node_modules{separator}", StringComparison.Ordinal) || path.Contains($"{separator}.git{separator}", StringComparison.Ordinal);
    }

    /// <summary>Waits for a change, then for <paramref name="quiet"/> without another one, and returns everything seen.</summary>
    public async Task<ChangeBatch> NextBatchAsync(TimeSpan quiet, CancellationToken cancellation)
    {
        var (first, seen) = await _events.Reader.ReadAsync(cancellation);
        var paths = new SortedSet<string>(StringComparer.Ordinal) { first };
        while (true)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            wait.CancelAfter(quiet);
            try
            {
                paths.Add((await _events.Reader.ReadAsync(wait.Token)).Path);
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                return new ChangeBatch(paths.ToList(), seen);
            }
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
        _events.Writer.TryComplete();
    }
}
