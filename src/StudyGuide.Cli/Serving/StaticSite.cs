using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace StudyGuide.Cli.Serving;

/// <summary>Static file serving with Netlify's URL rules: clean URLs, a redirect for a missing slash, 404.html.</summary>
public static class StaticSite
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static async Task ServeAsync(HttpContext context, string root)
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
            context.Response.Redirect(path + "/" + context.Request.QueryString, permanent: true);
            return;
        }
        if (file is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            file = Path.Combine(root, "404.html");
            if (!File.Exists(file))
            {
                return;
            }
        }

        context.Response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        if (context.Response.ContentType.StartsWith("text/", StringComparison.Ordinal) || type == "application/javascript")
        {
            context.Response.ContentType += "; charset=utf-8";
        }
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.SendFileAsync(file);
    }

    /// <summary>The file for a URL path, or null. Refuses paths that leave the site folder.</summary>
    public static string? Resolve(string root, string urlPath)
    {
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
