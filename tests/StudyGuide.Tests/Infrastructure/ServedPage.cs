using Microsoft.Playwright;
using StudyGuide.Cli.Serving;

namespace StudyGuide.Tests.Infrastructure;

/// <summary>A built site served by <see cref="SiteServer"/> on 127.0.0.1 and one browser page on it; disposing stops both.</summary>
internal sealed class ServedPage : IAsyncDisposable
{
    private ServedPage(SiteServer server, IBrowserContext context, IPage page, List<string> consoleErrors)
    {
        Server = server;
        Context = context;
        Page = page;
        ConsoleErrors = consoleErrors;
    }

    public SiteServer Server { get; }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>Console errors and uncaught exceptions of the page so far.</summary>
    public List<string> ConsoleErrors { get; }

    public static async Task<ServedPage> OpenAsync(Browser browser, string siteFolder, string playgroundUpstream, string? timezoneId = null)
    {
        var server = await SiteServer.StartAsync(new SiteServerOptions(siteFolder, Port: 0, PlaygroundUpstream: playgroundUpstream));
        var (context, page, errors) = await browser.NewPageAsync(server.Address, timezoneId);
        return new ServedPage(server, context, page, errors);
    }

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        await Server.DisposeAsync();
    }
}
