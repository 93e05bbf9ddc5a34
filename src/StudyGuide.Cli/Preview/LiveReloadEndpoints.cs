namespace StudyGuide.Cli.Preview;

/// <summary>
/// The preview's own paths, under <c>/_studyguide/</c> (no site URL starts with an underscore):
/// the event stream, and the reload script and its stylesheet. The script and stylesheet are
/// embedded in this program rather than kept in <c>theme/assets/</c>, because they must never be
/// published: the built site is the same whether or not it was previewed.
/// </summary>
internal static class LiveReloadEndpoints
{
    public const string EventsPath = "/_studyguide/events";
    public const string ScriptPath = "/_studyguide/live.js";
    public const string StylePath = "/_studyguide/live.css";

    public static void Map(WebApplication app, ReloadHub hub)
    {
        var stopping = app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        app.MapGet(EventsPath, context => StreamAsync(context, hub, stopping));
        MapResource(app, ScriptPath, "live.js", "text/javascript; charset=utf-8");
        MapResource(app, StylePath, "live.css", "text/css; charset=utf-8");
    }

    private static void MapResource(WebApplication app, string path, string name, string contentType)
    {
        var text = Resource(name);
        app.MapGet(path, context =>
        {
            context.Response.ContentType = contentType;
            context.Response.Headers.CacheControl = "no-store";
            return context.Response.WriteAsync(text);
        });
    }

    public static string Resource(string name)
    {
        using var stream = typeof(LiveReloadEndpoints).Assembly.GetManifestResourceStream($"StudyGuide.Cli.Preview.{name}")
            ?? throw new InvalidOperationException($"embedded resource {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Server-sent events until the page goes away or the server stops (an open stream would otherwise hold up shutdown).</summary>
    private static async Task StreamAsync(HttpContext context, ReloadHub hub, CancellationToken stopping)
    {
        context.Response.ContentType = "text/event-stream; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        using var subscription = hub.Subscribe();
        using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await context.Response.Body.FlushAsync(done.Token);
            await foreach (var message in subscription.Events.ReadAllAsync(done.Token))
            {
                await context.Response.WriteAsync(message, done.Token);
                await context.Response.Body.FlushAsync(done.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed or the server is stopping.
        }
    }
}
