using System.Diagnostics;
using System.Globalization;
using StudyGuide.Diagnostics;
using StudyGuide.Search;

namespace StudyGuide.Cli.Preview;

/// <summary>
/// The preview's search index: Pagefind over the served folder, after the first build and again
/// after each successful rebuild, in the background, so a saved page is written and reloaded
/// without waiting for it. Pagefind writes into a folder beside the served one, which then
/// replaces <c>pagefind/</c> whole (the previous index stays served until then). Requests that
/// arrive while it runs are merged into one more run after it: the index always catches up with
/// the last build, and at most one Pagefind runs at a time.
/// </summary>
internal sealed class PreviewSearchIndex : IAsyncDisposable
{
    private readonly string _site;
    private readonly PagefindIndexer _indexer;
    private readonly PreviewLog _log;
    private readonly SemaphoreSlim _wake = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _pending;

    public PreviewSearchIndex(string siteFolder, string themePath, PreviewLog log)
    {
        _site = Path.GetFullPath(siteFolder);
        _indexer = new PagefindIndexer(new ThemePackages(themePath, path => path));
        _log = log;
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Asks for an index of the folder as it is after the build that just finished; returns at once.</summary>
    public void Request()
    {
        if (Interlocked.Exchange(ref _pending, 1) == 0)
        {
            _wake.Release();
        }
    }

    private async Task LoopAsync()
    {
        while (true)
        {
            try
            {
                await _wake.WaitAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            Interlocked.Exchange(ref _pending, 0);
            Run();
        }
    }

    private void Run()
    {
        var clock = Stopwatch.StartNew();
        // Beside the output, where build and serve keep their other working files (never published);
        // on the same disk as the served folder, so the moves are renames.
        var work = Path.Combine(Path.GetDirectoryName(_site) ?? ".", "obj", "studyguide");
        var fresh = Path.Combine(work, Path.GetFileName(_site) + ".pagefind-new");
        var old = Path.Combine(work, Path.GetFileName(_site) + ".pagefind-old");
        try
        {
            Directory.CreateDirectory(work);
            DeleteFolder(fresh);
            var diagnostics = new DiagnosticBag();
            if (!_indexer.Index(_site, diagnostics, fresh))
            {
                foreach (var error in diagnostics.Sorted().Where(d => d.Severity == Severity.Error))
                {
                    _log.Line(error.ToString());
                }
                _log.Line($"{Clock()} search index not built: search in the preview shows an error until the next save");
                return;
            }
            var served = Path.Combine(_site, "pagefind");
            DeleteFolder(old);
            if (Directory.Exists(served))
            {
                Directory.Move(served, old);
            }
            Directory.Move(fresh, served);
            DeleteFolder(old);
            _log.Line($"{Clock()} search index built ({clock.Elapsed.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture)} ms)");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _log.Line($"{Clock()} search index not updated ({SafeText.Escape(ex.Message)}); the next save tries again");
        }
    }

    private static void DeleteFolder(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    private static string Clock() => DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
        _wake.Dispose();
    }
}
