using System.Text.Json;
using Microsoft.Playwright;
using StudyGuide.Cli.Serving;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Layout;

/// <summary>
/// Cumulative layout shift on a slow connection (400 ms latency, 50 KB/s, through the DevTools
/// protocol): parts the script enhances are in the page from the start, so nothing moves when
/// it runs. Measured with a buffered PerformanceObserver after the load has settled.
/// </summary>
public sealed class LayoutShiftTests(BuiltSite site, Infrastructure.Browser browser) : IClassFixture<BuiltSite>, IClassFixture<Infrastructure.Browser>
{
    private const double Limit = 0.05;

    /// <summary>The session's layout shifts without recent input, summed as CLS does within a page this short.</summary>
    private const string MeasureShifts = """
        () => new Promise((resolve) => {
          const shifts = [];
          new PerformanceObserver((list) => {
            list.getEntries().forEach((e) => {
              if (!e.hadRecentInput) shifts.push({ value: e.value, sources: (e.sources || []).map((s) => s.node ? (s.node.className || s.node.nodeName) : "?") });
            });
          }).observe({ type: "layout-shift", buffered: true });
          setTimeout(() => resolve(JSON.stringify(shifts)), 1000);
        })
        """;

    [Theory]
    [InlineData("/problems/", "light", 1366, 900)]
    [InlineData("/problems/", "dark", 390, 900)]
    [InlineData("/problems/two-sum/", "light", 1366, 900)]
    [InlineData("/problems/two-sum/", "light", 390, 900)]
    [InlineData("/problems/design-url-shortener/", "dark", 390, 900)]
    public async Task Page_does_not_shift_on_a_slow_connection(string url, string scheme, int width, int height)
    {
        await using var server = await SiteServer.StartAsync(new SiteServerOptions(site.OutputPath, Port: 0));
        var (context, page, errors) = await browser.NewPageAsync(server.Address);
        await using var _ = context;
        await page.SetViewportSizeAsync(width, height);
        await page.EmulateMediaAsync(new() { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false,
            ["latency"] = 400,
            ["downloadThroughput"] = 50 * 1024,
            ["uploadThroughput"] = 50 * 1024,
        });

        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load, Timeout = 120_000 });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = 120_000 });
        var shifts = JsonDocument.Parse(await page.EvaluateAsync<string>(MeasureShifts)).RootElement;
        var total = shifts.EnumerateArray().Sum(s => s.GetProperty("value").GetDouble());
        Assert.True(total < Limit, $"{url} at {width} px ({scheme}): CLS {total:F3}: {shifts}");
        Assert.Empty(errors);
    }
}
