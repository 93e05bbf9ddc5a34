using Microsoft.Playwright;

namespace StudyGuide.Benchmarks;

/// <summary>Debian's Chromium started the way every benchmark needs it: headless, and quiet on a machine without outside network.</summary>
internal static class HeadlessChromium
{
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright, string executable) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update"],
        });
}
