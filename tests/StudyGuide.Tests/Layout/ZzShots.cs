using Microsoft.Playwright;
using StudyGuide.Cli.Serving;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Layout;

[Collection(BuiltSiteCollection.Name)]
public sealed class ZzShots(BuiltSite site, Infrastructure.Browser browser)
{
    [Fact]
    public async Task Shots()
    {
        var dir = Environment.GetEnvironmentVariable("RXS_SHOTS");
        if (dir is null) return;
        await using var server = await SiteServer.StartAsync(new SiteServerOptions(site.OutputPath, Port: 0));
        foreach (var (w, h) in new[] { (390, 900), (1366, 900) })
        foreach (var scheme in new[] { "light", "dark" })
        foreach (var js in new[] { true, false })
        {
            var context = await browser.Instance.NewContextAsync(new() { BaseURL = server.Address, JavaScriptEnabled = js, ViewportSize = new() { Width = w, Height = h }, ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
            var page = await context.NewPageAsync();
            var tag = $"{w}-{scheme}-{(js ? "js" : "nojs")}";
            foreach (var (name, url) in new[] { ("problems", "/problems/"), ("search", "/search/?q=anagram"), ("checklist", "/checklists/interview-success/") })
            {
                await page.GotoAsync(url);
                await page.WaitForTimeoutAsync(js ? 2500 : 300);
                await page.ScreenshotAsync(new() { Path = Path.Combine(dir, $"{name}-{tag}.png") });
            }
            if (js)
            {
                await page.GotoAsync("/topics/");
                await page.Locator("#search-input").ClickAsync();
                await page.Locator("#search-input").PressSequentiallyAsync("anagram");
                await page.WaitForTimeoutAsync(2500);
                await page.Keyboard.PressAsync("ArrowDown");
                await page.ScreenshotAsync(new() { Path = Path.Combine(dir, $"dropdown-{tag}.png") });
                await page.GotoAsync("/search/?q=anagram");
                await page.WaitForTimeoutAsync(2500);
                await page.ScreenshotAsync(new() { Path = Path.Combine(dir, $"searchfull-{tag}.png"), FullPage = true });
            }
            await context.CloseAsync();
        }
    }
}
