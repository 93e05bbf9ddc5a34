using System.Diagnostics;
using StudyGuide.Cli.Serving;
using StudyGuide.Pipeline;

namespace StudyGuide.Cli.Preview;

/// <summary>
/// <c>studyguide serve</c> as a running session: builds once, serves the output with the reload
/// script injected into HTML responses, watches the input and theme folders, rebuilds after
/// each save, and tells open pages what happened. Every build goes through one
/// <see cref="PreviewSession"/>, which holds all the state kept between builds. A failed build changes no file, so the last
/// good site stays served while the pages show the errors.
/// </summary>
internal sealed class LivePreview : IAsyncDisposable
{
    private readonly SiteServer _server;
    private readonly ChangeWatcher _watcher;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly PreviewSearchIndex? _search;

    private LivePreview(SiteServer server, ChangeWatcher watcher, PreviewSearchIndex? search, Func<CancellationToken, Task> loop)
    {
        _server = server;
        _watcher = watcher;
        _search = search;
        _loop = Task.Run(() => loop(_stop.Token));
    }

    /// <summary>The address served, e.g. <c>http://127.0.0.1:8080</c>.</summary>
    public string Address => _server.Address;

    /// <summary>Cancelled when the server stops by itself (on SIGTERM or Ctrl+C).</summary>
    public CancellationToken Stopping => _server.Stopping;

    /// <summary>Builds, starts the server and the watcher. Throws <see cref="IOException"/> when the port is taken.</summary>
    public static async Task<LivePreview> StartAsync(PreviewOptions options, TextWriter output)
    {
        var log = new PreviewLog(output);
        // The build writes the search data files; Pagefind needs the whole site on disk and takes
        // seconds, so it runs after each build in the background (PreviewSearchIndex) and the
        // save-to-reload loop never waits for it.
        var session = new PreviewSession(new BuildOptions(options.InputPath, options.ThemePath, options.OutputPath, Search: options.Search),
            BuildCacheFolder.Beside(options.OutputPath));
        var hub = new ReloadHub();

        // Watch before the first build, so a save made while it runs is not missed.
        var watcher = new ChangeWatcher([options.InputPath, options.ThemePath]);
        var first = session.Build();
        log.FirstBuild(first, options.OutputPath);
        Publish(hub, first);
        var search = options.Search ? new PreviewSearchIndex(options.OutputPath, options.ThemePath, log) : null;
        if (first.Succeeded)
        {
            search?.Request();
        }

        SiteServer server;
        try
        {
            server = await SiteServer.StartAsync(
                new SiteServerOptions(options.OutputPath, options.Port, options.PlaygroundUpstream, HtmlSnippet: hub.ScriptTag),
                app => LiveReloadEndpoints.Map(app, hub));
        }
        catch
        {
            watcher.Dispose();
            if (search is not null)
            {
                await search.DisposeAsync();
            }
            throw;
        }

        var quiet = options.Quiet ?? PreviewOptions.DefaultQuiet;
        return new LivePreview(server, watcher, search, async stop =>
        {
            while (!stop.IsCancellationRequested)
            {
                ChangeBatch batch;
                try
                {
                    batch = await watcher.NextBatchAsync(quiet, stop);
                }
                catch (Exception ex) when (ex is OperationCanceledException or System.Threading.Channels.ChannelClosedException)
                {
                    return;
                }
                // One edited chapter: its page first, in milliseconds; then the full incremental
                // build for everything that depends on it (it finds that page already up to date).
                var pageChanged = false;
                if (session.BuildEditedPage(batch.Paths) is { } page)
                {
                    pageChanged = page.Changed.Count > 0;
                    log.Rebuilt(batch, page, Stopwatch.GetElapsedTime(batch.FirstSeen), options.InputPath);
                    Publish(hub, page);
                }
                var build = session.Build();
                log.Rebuilt(batch, build, Stopwatch.GetElapsedTime(batch.FirstSeen), options.InputPath);
                Publish(hub, build);
                // After the pages are written and the reload is sent: the index follows in the background.
                // (The edited page may be the only change, written by the quick path.)
                if (build.Succeeded && (pageChanged || build.Changed.Count > 0))
                {
                    search?.Request();
                }
            }
        });
    }

    private static void Publish(ReloadHub hub, PreviewBuild build)
    {
        if (build.Succeeded)
        {
            hub.Succeeded(build.Changed);
        }
        else
        {
            hub.Failed(build.Errors.Select(PreviewError.From).ToList());
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _watcher.Dispose();
        await _loop;
        if (_search is not null)
        {
            await _search.DisposeAsync();
        }
        await _server.DisposeAsync();
        _stop.Dispose();
    }
}
