using Microsoft.Playwright;

namespace StudyGuide.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright, started once per test run and closed when the run ends.
/// A class fixture (<c>IClassFixture&lt;Browser&gt;</c>): every instance drives the same Chromium, and
/// each test works in browser contexts of its own (own storage, own pages), so browser test classes
/// run in parallel. Playwright's own browser download is not used (there is no network for it):
/// ExecutablePath points at /usr/bin/chromium.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly Lazy<Task<IBrowser>> Shared = new(LaunchAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Chromium's command line: no sandbox (tests run as root), nothing that reaches the network by itself.</summary>
    public static readonly IReadOnlyList<string> Arguments =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    public IBrowser Instance { get; private set; } = null!;

    public async Task InitializeAsync() => Instance = await Shared.Value;

    /// <summary>Nothing: the shared Chromium outlives each class that uses it.</summary>
    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<IBrowser> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} not found: install Debian's chromium package (apt-get install chromium), as .ci/run does");
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = Arguments,
        });
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            // Bounded, and never an error: a browser that does not answer must not keep the run from ending.
            try
            {
                browser.CloseAsync().Wait(TimeSpan.FromSeconds(10));
                playwright.Dispose();
            }
            catch (Exception ex) when (ex is AggregateException or PlaywrightException or ObjectDisposedException)
            {
            }
        };
        return browser;
    }

    /// <summary>
    /// A fresh context (own storage, clipboard permission) and page; console errors are collected.
    /// <paramref name="timezoneId"/> (an IANA name) sets the page's local time zone, for tests of local dates.
    /// The site's service worker is blocked unless <paramref name="serviceWorkers"/> (the offline
    /// tests): every other test sees a page as on a first visit, and does not pay for the worker's
    /// download of the whole search index in each of its contexts.
    /// </summary>
    public async Task<(IBrowserContext Context, IPage Page, List<string> ConsoleErrors)> NewPageAsync(string? baseUrl = null, string? timezoneId = null, bool serviceWorkers = false)
    {
        var context = await Instance.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            Permissions = ["clipboard-read", "clipboard-write"],
            TimezoneId = timezoneId,
            ServiceWorkers = serviceWorkers ? ServiceWorkerPolicy.Allow : ServiceWorkerPolicy.Block,
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (errors)
                {
                    errors.Add(message.Text);
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (errors)
            {
                errors.Add(error);
            }
        };
        return (context, page, errors);
    }
}
