using Microsoft.AspNetCore.StaticFiles;

namespace StudyGuide.Cli.Serving;

/// <summary>Static file serving with Netlify's URL rules: clean URLs, a redirect for a missing slash, 404.html.</summary>
internal static class StaticSite
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>Shown by the preview when the site has never built (no 404.html either), so the error overlay has a page to appear on.</summary>
    private const string NotBuiltPage = """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Not built yet</title></head>
        <body>
        <main><h1>The site has not been built yet</h1><p>Fix the errors shown in the terminal and save: this page reloads by itself.</p></main>
        </body>
        </html>
        """;

    public static async Task ServeAsync(HttpContext context, string root, Func<string, string>? htmlSnippet = null)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/");
        var file = Resolve(root, path);
        if (file is null && !path.EndsWith('/') && Resolve(root, path + "/") is not null)
        {
            context.Response.Redirect(SitePath(path) + "/" + context.Request.QueryString, permanent: true);
            return;
        }
        context.Response.Headers.CacheControl = "no-cache";
        if (file is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            file = Path.Combine(root, "404.html");
            if (!File.Exists(file))
            {
                if (htmlSnippet is not null)
                {
                    await WriteHtmlAsync(context, NotBuiltPage, htmlSnippet(""));
                }
                return;
            }
        }

        context.Response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        if (context.Response.ContentType.StartsWith("text/", StringComparison.Ordinal) || type == "application/javascript")
        {
            context.Response.ContentType += "; charset=utf-8";
        }
        if (htmlSnippet is not null && type == "text/html")
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            await WriteHtmlAsync(context, await File.ReadAllTextAsync(file), htmlSnippet(relative));
            return;
        }
        await context.Response.SendFileAsync(file);
    }

    private static Task WriteHtmlAsync(HttpContext context, string html, string snippet)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return context.Response.WriteAsync(end < 0 ? html + snippet : html[..end] + snippet + html[end..]);
    }

    /// <summary>
    /// A decoded URL path as a redirect target on this origin: one leading slash, no empty segments,
    /// each segment percent-encoded. Browsers read a <c>Location</c> that starts with <c>//</c> (or
    /// <c>/\</c>, or a control character before them) as another host, so <c>GET //evil.example</c>
    /// must not answer <c>Location: //evil.example/</c>.
    /// </summary>
    public static string SitePath(string urlPath) =>
        "/" + string.Join('/', urlPath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.EscapeDataString));

    /// <summary>
    /// The file for a URL path, or null. Refuses paths that leave the site folder, and backslashes:
    /// no site URL has one, browsers turn them into slashes, and on Windows they are separators.
    /// </summary>
    public static string? Resolve(string root, string urlPath)
    {
        if (urlPath.Contains('\\'))
        {
            return null;
        }
        var relative = urlPath.TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }
        return File.Exists(full) ? full : null;
    }
}
