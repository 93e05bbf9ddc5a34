using System.Text.Json;
using Microsoft.Playwright;
using StudyGuide.Cli.Serving;
using StudyGuide.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StudyGuide.Tests.OfflineAndSharing;

/// <summary>
/// The service worker in Chromium, with real servers on 127.0.0.1: the guide and its search keep
/// working once the server is gone (stopped, not Playwright's offline switch, which a service
/// worker's own requests ignore), and a new deployment on the same address takes over after one
/// reload and deletes the old caches. Also: the guide is installable.
/// </summary>
public sealed class OfflineBrowserTests(BuiltSite site, Browser browser) : IClassFixture<BuiltSite>, IClassFixture<Browser>
{
    /// <summary>Generous: the worker downloads the whole index on a machine that may be busy.</summary>
    private const float Wait = 60_000;

    private const string Chapter = "/chapters/coding-patterns/";
    private const string Problem = "/problems/two-sum/";

    /// <summary>A word no page of the real guide has, added to <see cref="Chapter"/> by the second deployment.</summary>
    private const string NewWord = "quokkaferry";

    private const string ControllerVersion = """
        () => new Promise((resolve) => {
          const worker = navigator.serviceWorker.controller;
          if (!worker) { resolve(null); return; }
          const channel = new MessageChannel();
          channel.port1.onmessage = (event) => resolve(event.data.version);
          worker.postMessage({ type: "version" }, [channel.port2]);
        })
        """;

    [Fact]
    public async Task Pages_and_search_work_with_the_server_stopped_and_a_new_deployment_takes_over_after_one_reload()
    {
        using var temp = new TempFolder();
        SiteServer? server = await SiteServer.StartAsync(new SiteServerOptions(site.OutputPath, Port: 0));
        var address = server.Address;
        var port = new Uri(address).Port;
        var (context, page, errors) = await browser.NewPageAsync(address, serviceWorkers: true);
        try
        {
            page.SetDefaultTimeout(Wait);
            var first = VersionOf(site.OutputPath);

            // Online: three pages and one search, the worker installed and in control.
            await page.GotoAsync("/");
            await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null", null, new() { Timeout = Wait });
            Assert.Equal(first, await page.EvaluateAsync<string>(ControllerVersion));
            await page.GotoAsync(Chapter);
            await page.GotoAsync(Problem);
            await SearchAsync(page, "goroutine");

            // The server stops: everything comes from the worker's caches.
            await server.DisposeAsync();
            server = null;
            foreach (var url in new[] { "/", Chapter, Problem })
            {
                var response = await page.GotoAsync(url);
                Assert.True(response is { Ok: true }, $"{url} offline: {response?.Status}");
                await Expect(page.Locator("main h1")).ToBeVisibleAsync();
            }
            await SearchAsync(page, "goroutine");
            await SearchAsync(page, "mutex");
            await page.GotoAsync(Chapter);
            await Expect(page.Locator("main")).Not.ToContainTextAsync(NewWord);

            // A new deployment on the same address: one chapter and so the index changed.
            var input = temp.Combine("input");
            TempFolder.CopyDirectory(RepoPaths.Input, input);
            var chapterFile = Path.Combine(input, "chapters", "coding-patterns.md");
            File.AppendAllText(chapterFile, $"\n\nOn a ferry with no signal, a {NewWord} reads this page.\n");
            var output = temp.Combine("_site");
            var result = Builds.Run(input, output, search: true);
            Assert.True(result.Succeeded, string.Join("\n", Builds.Errors(result)));
            var second = VersionOf(output);
            Assert.NotEqual(first, second);
            server = await SiteServer.StartAsync(new SiteServerOptions(output, Port: port));

            await page.ReloadAsync();
            await Expect(page.Locator("main")).ToContainTextAsync(NewWord);
            // No more reloads: the new worker installs, takes over this page and deletes the old caches.
            var tookOver = $$"""
                async () => {
                  const keys = await caches.keys();
                  return keys.length === 2 && keys.every((name) => name.startsWith("studyguide:{{second}}:"))
                    && await ({{ControllerVersion}})() === "{{second}}";
                }
                """;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (!await page.EvaluateAsync<bool>(tookOver))
            {
                Assert.True(clock.ElapsedMilliseconds < Wait, "the new service worker did not take over");
                await Task.Delay(250);
            }
            Assert.Equal(
                [$"studyguide:{second}:pages", $"studyguide:{second}:precache"],
                (await page.EvaluateAsync<string[]>("() => caches.keys()")).Order(StringComparer.Ordinal));
            await SearchAsync(page, NewWord, Chapter);
            Assert.Empty(errors);
        }
        finally
        {
            await context.CloseAsync();
            if (server is not null)
            {
                await server.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// In a Chromium of its own with a profile on disk: the shared browser's contexts are incognito,
    /// where Chromium never offers to install anything (installability error "in-incognito").
    /// </summary>
    [Fact]
    public async Task The_guide_is_installable()
    {
        await using var server = await SiteServer.StartAsync(new SiteServerOptions(site.OutputPath, Port: 0));
        using var profile = new TempFolder();
        using var playwright = await Playwright.CreateAsync();
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile.Path, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = Browser.ChromiumPath,
            Headless = true,
            Args = Browser.Arguments,
            BaseURL = server.Address,
        });
        var errors = new List<string>();
        try
        {
            var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    errors.Add(message.Text);
                }
            };
            await page.GotoAsync("/");
            await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null", null, new() { Timeout = Wait });
            var cdp = await context.NewCDPSessionAsync(page);
            var answer = await cdp.SendAsync("Page.getInstallabilityErrors");
            var installability = answer!.Value.GetProperty("installabilityErrors");
            Assert.True(installability.GetArrayLength() == 0, installability.GetRawText());
            Assert.Empty(errors);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>The build's hash, as its service worker carries it.</summary>
    private static string VersionOf(string siteFolder)
    {
        var script = File.ReadAllText(Path.Combine(siteFolder, "sw.js"));
        var start = script.IndexOf("{\"version\":", StringComparison.Ordinal);
        using var json = JsonDocument.Parse(script[start..(script.IndexOf("]}", start, StringComparison.Ordinal) + 2)]);
        return json.RootElement.GetProperty("version").GetString()!;
    }

    /// <summary>Searches on the search page; the results show, with <paramref name="expected"/> among them when given.</summary>
    private static async Task SearchAsync(IPage page, string query, string? expected = null)
    {
        await page.GotoAsync("/search/?q=" + query);
        await Expect(page.Locator(".search-page .search-status")).ToContainTextAsync($"for “{query}”", new() { Timeout = Wait });
        var results = page.Locator(".search-page-results > li");
        await Expect(results.First).ToBeVisibleAsync(new() { Timeout = Wait });
        if (expected is not null)
        {
            var hrefs = await page.Locator(".search-page-results > li > a:first-child").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            Assert.Contains(expected, hrefs.Select(h => new Uri(new Uri("http://site"), h).AbsolutePath));
        }
    }
}
