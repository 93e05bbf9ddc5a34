using Microsoft.AspNetCore.Http.Features;

namespace StudyGuide.Cli.Serving;

/// <summary>
/// Forwards <c>POST /play/compile</c> and <c>POST /play/share</c> to the Go Playground, exactly the
/// two paths netlify.toml proxies, so pages talk only to their own origin (CSP <c>connect-src 'self'</c>).
/// Bodies over <see cref="SiteServer.MaxBodyBytes"/> are refused.
/// </summary>
internal static class PlaygroundProxy
{
    public const string ClientName = "playground";

    /// <summary>The paths forwarded, the code language's (<see cref="CodeLanguages.CodeLanguage.ProxyPaths"/>).</summary>
    public static IReadOnlyList<string> Paths => CodeLanguages.Languages.Default.ProxyPaths;

    public static void Map(WebApplication app, string upstream)
    {
        foreach (var name in Paths)
        {
            app.MapPost($"/play/{name}", context => ForwardAsync(context, $"{upstream}/{name}"));
        }
    }

    private static async Task ForwardAsync(HttpContext context, string target)
    {
        if (context.Request.ContentLength > SiteServer.MaxBodyBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }
        var sizeLimit = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeLimit is { IsReadOnly: false })
        {
            sizeLimit.MaxRequestBodySize = SiteServer.MaxBodyBytes;
        }

        byte[] body;
        try
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            body = buffer.ToArray();
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var client = context.RequestServices.GetRequiredService<IHttpClientFactory>().CreateClient(ClientName);
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new ByteArrayContent(body) };
        if (context.Request.ContentType is { } contentType)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        try
        {
            using var response = await client.SendAsync(request, context.RequestAborted);
            context.Response.StatusCode = (int)response.StatusCode;
            if (response.Content.Headers.ContentType is { } type)
            {
                context.Response.ContentType = type.ToString();
            }
            await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            context.Response.StatusCode = StatusCodes.Status502BadGateway;
            await context.Response.WriteAsync("The Go Playground could not be reached.");
        }
    }
}
