using Microsoft.Playwright;
using StudyGuide.Cli.Serving;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Accessibility;

/// <summary>
/// With JavaScript turned off, pages say only what works: no sorting or filter hints and no
/// controls that would do nothing, and a word where something (saving ticks, search) needs it.
/// The same pages with JavaScript show the controls, so the tests cannot pass by hiding them always.
/// </summary>
public sealed class WithoutJavaScriptTests(BuiltSite site, Infrastructure.Browser browser) : IAsyncLifetime, IClassFixture<BuiltSite>, IClassFixture<Infrastructure.Browser>
{
    private SiteServer? _server;

    public async Task InitializeAsync() => _server = await SiteServer.StartAsync(new SiteServerOptions(site.OutputPath, Port: 0));

    public async Task DisposeAsync() => await _server!.DisposeAsync();

    private async Task<(IBrowserContext, IPage)> OpenAsync(bool javaScript, string url)
    {
        var context = await browser.Instance.NewContextAsync(new() { BaseURL = _server!.Address, JavaScriptEnabled = javaScript });
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        return (context, page);
    }

    private static Task<string> VisibleText(IPage page) => page.EvaluateAsync<string>("document.querySelector('main').innerText");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Problems_page_mentions_sorting_and_filters_only_when_they_work(bool javaScript)
    {
        var (context, page) = await OpenAsync(javaScript, "/problems/");
        await using var _ = context;
        var text = await VisibleText(page);
        Assert.Equal(javaScript, text.Contains("Click a column heading to sort", StringComparison.Ordinal));
        Assert.Equal(javaScript, await page.Locator("form.table-filters").IsVisibleAsync());
        Assert.Equal(javaScript, await page.Locator(".solved-summary").IsVisibleAsync());
        Assert.True(await page.Locator("table.question-table").IsVisibleAsync());
        Assert.Equal(javaScript, await page.Locator(".site-header .search-form").IsVisibleAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Checklist_says_ticks_are_not_saved_without_javaScript(bool javaScript)
    {
        var (context, page) = await OpenAsync(javaScript, "/checklists/interview-success/");
        await using var _ = context;
        var text = await VisibleText(page);
        Assert.Equal(!javaScript, text.Contains("ticks are not saved", StringComparison.Ordinal));
        Assert.Equal(javaScript, await page.Locator(".checklist-tools").IsVisibleAsync());
    }

    [Theory]
    [InlineData("/review/", false)]
    [InlineData("/review/", true)]
    [InlineData("/mock/", false)]
    [InlineData("/mock/", true)]
    public async Task Review_and_mock_rounds_say_plainly_that_they_need_javaScript(string url, bool javaScript)
    {
        var (context, page) = await OpenAsync(javaScript, url);
        await using var _ = context;
        var text = await VisibleText(page);
        Assert.Equal(!javaScript, text.Contains("need JavaScript", StringComparison.Ordinal) || text.Contains("needs JavaScript", StringComparison.Ordinal));
        var controls = page.Locator(url == "/review/" ? "[data-review], [data-review-add]" : "[data-mock]");
        var visible = await controls.EvaluateAllAsync<int>("els => els.filter(e => e.checkVisibility()).length");
        Assert.Equal(javaScript, visible > 0);
        if (!javaScript)
        {
            // The way to the questions that works without scripts (the review card's own link is hidden with the card).
            Assert.True(await page.Locator("main a[href='/problems/']:visible").First.IsVisibleAsync());
            Assert.Equal(1, await page.Locator("main a[href='/problems/']:visible").CountAsync());
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Search_page_shows_its_controls_only_when_they_work(bool javaScript)
    {
        var (context, page) = await OpenAsync(javaScript, "/search/?q=anagram");
        await using var _ = context;
        var controls = page.Locator(".search-page input, .search-page button, .search-page details, .search-page summary");
        var visible = await controls.EvaluateAllAsync<int>("els => els.filter(e => e.checkVisibility()).length");
        if (javaScript)
        {
            Assert.True(visible > 0);
        }
        else
        {
            Assert.Equal(0, visible);
            Assert.Contains("needs JavaScript", await VisibleText(page), StringComparison.Ordinal);
            Assert.True(await page.Locator(".search-page a[href='/problems/']").IsVisibleAsync());
        }
    }
}
