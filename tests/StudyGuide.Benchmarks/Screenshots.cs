using Microsoft.Playwright;
using StudyGuide.Cli.Serving;
using StudyGuide.Pipeline;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Benchmarks;

/// <summary>
/// Screenshots of the real site as a reader sees it: home, a chapter, a problem and a search, on a phone
/// (390 px) and a laptop (1366 px), light and dark: 16 PNGs named like <c>problem-390-dark.png</c>.
/// Builds <c>input/</c> into a temporary folder (or takes <c>--site</c>, a built site), serves it on
/// 127.0.0.1 and writes the first screen of each page (<c>--full-page</c> for the whole page).
/// </summary>
public sealed class Screenshots(string outFolder, string? site, string chromium, bool fullPage)
{
    public static readonly (string Name, string Url)[] Pages =
    [
        ("home", "/"),
        ("chapter", "/chapters/coding-patterns/"),
        ("problem", "/problems/lru-cache/"),
        ("search", "/search/?q=anagram"),
    ];

    public static readonly int[] Widths = [390, 1366];

    public async Task<int> RunAsync()
    {
        var temp = site is null ? Path.Combine(Path.GetTempPath(), $"studyguide-screenshots-{Environment.ProcessId}") : null;
        try
        {
            var output = site ?? Path.Combine(temp!, "_site");
            if (site is null)
            {
                var result = new SiteBuilder().Build(new BuildOptions(RepoPaths.Input, RepoPaths.Theme, output));
                if (!result.Succeeded)
                {
                    result.Diagnostics.Take(20).ToList().ForEach(d => Console.Error.WriteLine(d));
                    return 1;
                }
            }
            Directory.CreateDirectory(outFolder);
            await using var server = await SiteServer.StartAsync(new SiteServerOptions(output, Port: 0));
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await HeadlessChromium.LaunchAsync(playwright, chromium);
            foreach (var width in Widths)
            {
                foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
                {
                    await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
                    {
                        BaseURL = server.Address,
                        ViewportSize = new ViewportSize { Width = width, Height = width < 800 ? 844 : 900 },
                        ColorScheme = scheme,
                        IsMobile = width < 800,
                        HasTouch = width < 800,
                        DeviceScaleFactor = 1,
                    });
                    var page = await context.NewPageAsync();
                    foreach (var (name, url) in Pages)
                    {
                        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
                        var file = Path.Combine(outFolder, $"{name}-{width}-{scheme.ToString().ToLowerInvariant()}.png");
                        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = fullPage });
                        Console.WriteLine(file);
                    }
                }
            }
            return 0;
        }
        finally
        {
            if (temp is not null && Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }
    }
}
