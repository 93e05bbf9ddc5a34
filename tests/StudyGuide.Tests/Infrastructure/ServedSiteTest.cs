using Microsoft.Playwright;
using StudyGuide.Cli.Serving;

namespace StudyGuide.Tests.Infrastructure;

/// <summary>
/// Base of browser tests on the built guide: each test gets its own <see cref="SiteServer"/> on
/// 127.0.0.1 (port 0) and fresh browser contexts, all stopped and closed after the test. The built
/// site and the browser are class fixtures shared by the whole run, so derived classes run in parallel.
/// </summary>
public abstract class ServedSiteTest(BuiltSite site, Browser browser) : IAsyncLifetime, IClassFixture<BuiltSite>, IClassFixture<Browser>
{
    private readonly List<IBrowserContext> _contexts = [];

    private SiteServer? _server;

    protected BuiltSite Site => site;

    public async Task InitializeAsync() => _server = await SiteServer.StartAsync(new SiteServerOptions(site.OutputPath, Port: 0));

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>A page in a new browser context with JavaScript turned off, on the test's server.</summary>
    protected async Task<IPage> OpenWithoutJavaScriptAsync()
    {
        var context = await browser.Instance.NewContextAsync(new() { BaseURL = _server!.Address, JavaScriptEnabled = false });
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>A page in a new browser context (so with empty localStorage) on the test's server, in the time zone <paramref name="timezoneId"/> if given.</summary>
    protected async Task<(IPage Page, List<string> ConsoleErrors)> OpenAsync(string? timezoneId = null)
    {
        var (context, page, errors) = await browser.NewPageAsync(_server!.Address, timezoneId);
        _contexts.Add(context);
        return (page, errors);
    }
}
