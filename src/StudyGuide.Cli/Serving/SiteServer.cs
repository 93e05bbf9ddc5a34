using Microsoft.AspNetCore.ResponseCompression;
using StudyGuide.Publishing;

namespace StudyGuide.Cli.Serving;

/// <summary>Settings of a <see cref="SiteServer"/>.</summary>
/// <param name="SiteFolder">The built site to serve (usually <c>_site</c>).</param>
/// <param name="Port">Port on 127.0.0.1; 0 picks a free one.</param>
/// <param name="PlaygroundUpstream">Base URL the <c>/play/compile</c> and <c>/play/share</c> paths forward to; by default <see cref="SiteServer.OfficialPlayground"/>.</param>
/// <param name="ExtraHeaders">
/// Response headers added to every response after <see cref="SecurityHeaders.All"/>, replacing any
/// of the same name (tests use it to serve a policy the site breaks).
/// </param>
/// <param name="HtmlSnippet">
/// HTML inserted before <c>&lt;/body&gt;</c> of every HTML response, given the site-relative file served
/// (empty when there is no file yet). The live preview injects its reload script this way, so
/// the script is never part of the built site.
/// </param>
internal sealed record SiteServerOptions(
    string SiteFolder,
    int Port = 8080,
    string? PlaygroundUpstream = null,
    IReadOnlyDictionary<string, string>? ExtraHeaders = null,
    Func<string, string>? HtmlSnippet = null);

/// <summary>
/// Serves a built site on 127.0.0.1 the way Netlify does: clean URLs (<c>/a/</c> → <c>/a/index.html</c>),
/// <c>404.html</c> for unknown paths, text compressed (Brotli or gzip, as the browser accepts), the
/// site's <see cref="SecurityHeaders"/> on every response, and the two Playground proxy paths.
/// Only loopback is bound, and only requests addressed to it are answered (<see cref="HostGuard"/>):
/// this is a preview server, not a production one.
/// </summary>
internal sealed class SiteServer : IAsyncDisposable
{
    /// <summary>Where the runner's proxy forwards by default: the code language's own service.</summary>
    public static string OfficialPlayground => CodeLanguages.Languages.Default.RunnerUpstream;

    /// <summary>Largest request body forwarded to the Playground; programs are a few KB.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    private readonly WebApplication _app;

    private SiteServer(WebApplication app) => _app = app;

    /// <summary>The address the server listens on, e.g. <c>http://127.0.0.1:8080</c>.</summary>
    public string Address => _app.Urls.First();

    /// <summary>
    /// Cancelled when the host stops by itself: its console lifetime takes SIGTERM and Ctrl+C to stop
    /// the server, so a command waiting on the server must wait on this too or never return.
    /// </summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    public static async Task<SiteServer> StartAsync(SiteServerOptions options, Action<WebApplication>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{options.Port}");
        builder.Services.AddHttpClient(PlaygroundProxy.ClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        builder.Services.AddResponseCompression(compression =>
        {
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
            // Pagefind's index files are gzipped by Pagefind itself and are not listed here.
            compression.MimeTypes = ["text/html", "text/css", "text/javascript", "application/javascript", "application/json", "application/xml", "text/xml", "text/plain", "image/svg+xml"];
        });
        var app = builder.Build();
        var root = Path.GetFullPath(options.SiteFolder);

        // Headers first, so every answer carries them: pages, assets, redirects, errors, refusals.
        app.Use(async (context, next) =>
        {
            foreach (var (name, value) in SecurityHeaders.All.Concat(options.ExtraHeaders ?? new Dictionary<string, string>()))
            {
                context.Response.Headers[name] = value;
            }
            await next();
        });
        // Before compression and every endpoint (the proxy and the preview's event stream included).
        app.Use(HostGuard.FilterAsync);
        app.UseResponseCompression();
        configure?.Invoke(app);
        PlaygroundProxy.Map(app, (options.PlaygroundUpstream ?? OfficialPlayground).TrimEnd('/'));
        // A fallback endpoint, not terminal middleware: endpoints mapped above (the proxy, the
        // preview's paths) are routed first, and everything else is a file of the site.
        app.MapFallback("{**path}", context => StaticSite.ServeAsync(context, root, options.HtmlSnippet));

        await app.StartAsync();
        return new SiteServer(app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
