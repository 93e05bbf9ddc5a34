using Microsoft.Playwright;
using StudyGuide.Cli.Serving;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Layout;

/// <summary>
/// axe (WCAG 2.1 AA) on the pages with the layout's parts showing: the sidebar and "on this page" beside
/// the content at 1366 px, the menu open at 390 px; light and dark, and dark chosen with the switch.
/// </summary>
public sealed class LayoutAccessibilityTests(BuiltSite site, Infrastructure.Browser browser) : IClassFixture<BuiltSite>, IClassFixture<Infrastructure.Browser>
{
    public static TheoryData<string, int, string> Cases()
    {
        var cases = new TheoryData<string, int, string>();
        foreach (var url in new[] { "/chapters/coding-patterns/", "/problems/lru-cache/" })
        {
            foreach (var width in new[] { 390, 1366 })
            {
                foreach (var scheme in new[] { "light", "dark", "switch-dark" })
                {
                    cases.Add(url, width, scheme);
                }
            }
        }
        cases.Add("/checklists/interview-success/", 390, "light");
        cases.Add("/banks/coding/", 390, "dark");
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Page_with_sidebar_or_open_menu_has_no_axe_violations(string url, int width, string scheme)
    {
        await using var server = await SiteServer.StartAsync(new SiteServerOptions(site.OutputPath, Port: 0));
        await using var context = await browser.Instance.NewContextAsync(new()
        {
            BaseURL = server.Address,
            ViewportSize = new() { Width = width, Height = 900 },
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        if (scheme == "switch-dark")
        {
            await page.SelectOptionAsync("#theme-select", "dark");
            Assert.Equal("dark", await page.EvaluateAsync<string>("document.documentElement.dataset.theme"));
        }
        if (width < 800)
        {
            await page.ClickAsync("[data-menu-link]");
            Assert.True(await page.IsVisibleAsync("#site-nav"));
        }

        var violations = await AxeAudit.ViolationsAsync(page, scheme == "light" ? ColorScheme.Light : ColorScheme.Dark);
        Assert.True(violations.Count == 0, $"{url} at {width} px ({scheme}):\n" + string.Join("\n", violations));
    }
}
