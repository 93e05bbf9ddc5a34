namespace StudyGuide.Cli.Serving;

/// <summary>
/// Answers only requests addressed to the server itself: <c>127.0.0.1</c>, <c>localhost</c> or
/// <c>[::1]</c> with the port it listens on. Binding to loopback keeps other machines out, but not
/// a web page the contributor visits: a site can point its own name at 127.0.0.1 (DNS rebinding),
/// and the browser then lets its scripts read this server's pages and post to the Playground proxy
/// and the live-reload stream as if they were same-origin. Such requests carry the site's name in
/// <c>Host</c>, and are refused before any file, proxy or event stream sees them.
/// </summary>
internal static class HostGuard
{
    /// <summary>The names the server is reached by; compared ignoring case, as host names are.</summary>
    public static readonly IReadOnlyList<string> OwnNames = ["127.0.0.1", "localhost", "[::1]"];

    /// <summary>Whether <paramref name="host"/> names this server, listening on <paramref name="port"/>.</summary>
    public static bool IsOwn(HostString host, int port) =>
        host.HasValue
        && OwnNames.Contains(host.Host, StringComparer.OrdinalIgnoreCase)
        // A browser leaves out the scheme's default port (80 for http).
        && (host.Port ?? 80) == port;

    /// <summary>Middleware: a foreign <c>Host</c> gets 400 and a short plain-text reason, and nothing else runs.</summary>
    public static Task FilterAsync(HttpContext context, RequestDelegate next)
    {
        var port = context.Connection.LocalPort;
        if (IsOwn(context.Request.Host, port))
        {
            return next(context);
        }
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/plain; charset=utf-8";
        // The request's Host is not echoed: the reader of this answer may be the page that forged it.
        return context.Response.WriteAsync(
            $"This preview server answers only requests for 127.0.0.1:{port}, localhost:{port} or [::1]:{port}; open http://127.0.0.1:{port}/ instead.\n");
    }
}
