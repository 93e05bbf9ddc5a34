using System.Diagnostics;
using StudyGuide.Cli.Serving;
using StudyGuide.Tests.Infrastructure;
using Xunit.Abstractions;

namespace StudyGuide.Tests.Layout;

/// <summary>
/// No page of the built site scrolls sideways on a phone, a tablet or a laptop: wide code, tables and
/// diagrams scroll inside their own boxes. The pages are every index.html of the built site (plus 404.html),
/// not a hand-kept list, so a new page type is covered the day it exists.
/// </summary>
public sealed class NoSidewaysScrollTests(BuiltSite site, Infrastructure.Browser browser, ITestOutputHelper output) : IClassFixture<BuiltSite>, IClassFixture<Infrastructure.Browser>
{
    public static readonly int[] Widths = [320, 390, 768, 1366];

    /// <summary>Every page's URL, from the built site's files.</summary>
    public static IReadOnlyList<string> PageUrls(string siteFolder) =>
        Directory.EnumerateFiles(siteFolder, "index.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(siteFolder, Path.GetDirectoryName(f)!).Replace('\\', '/') + "/")
            .Select(u => u == "/./" ? "/" : u)
            .Where(u => !u.StartsWith("/pagefind/", StringComparison.Ordinal))
            .Append("/404.html")
            .OrderBy(u => u, StringComparer.Ordinal)
            .ToList();

    [Fact]
    public async Task No_page_is_wider_than_the_window_at_320_390_768_and_1366_px()
    {
        var urls = PageUrls(site.OutputPath);
        Assert.True(urls.Count > 50, $"only {urls.Count} pages found");
        await using var server = await SiteServer.StartAsync(new SiteServerOptions(site.OutputPath, Port: 0));
        var wide = new List<string>();
        var clock = Stopwatch.StartNew();
        // Each page loads once, at the widest width, then the window narrows: the layout is recomputed
        // for each width (media queries included) without loading the page again. Loaded wide, a page
        // has opened what a wide window opens by itself ("on this page"), which a reader on a phone
        // can open too, so each narrower width is checked with it open.
        var widest = Widths.Max();
        var context = await browser.Instance.NewContextAsync(new() { BaseURL = server.Address, ViewportSize = new() { Width = widest, Height = 900 } });
        await using var _ = context;
        var page = await context.NewPageAsync();
        foreach (var url in urls)
        {
            await page.SetViewportSizeAsync(widest, 900);
            await page.GotoAsync(url, new() { WaitUntil = Microsoft.Playwright.WaitUntilState.Load });
            foreach (var width in Widths.OrderDescending())
            {
                await page.SetViewportSizeAsync(width, 900);
                var sizes = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
                var (scroll, inner) = (sizes[0], sizes[1]);
                Assert.Equal(width, inner);
                if (scroll > inner)
                {
                    wide.Add($"{url} at {width} px: {scroll} px wide");
                }
            }
        }
        output.WriteLine($"{urls.Count} pages × {Widths.Length} widths in {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(wide.Count == 0, $"{wide.Count} pages scroll sideways:\n" + string.Join("\n", wide));
    }
}
