using Microsoft.Playwright;
using StudyGuide.Cli.Preview;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Preview;

/// <summary>
/// Acceptance for <c>studyguide serve</c>: a page open in Chromium follows edits on disk without a
/// manual reload, shows a content error as an overlay while keeping the last good page, and
/// drops the overlay once the error is fixed. Runs on a copy of the real input/.
/// </summary>
public sealed class LivePreviewTests(Browser browser) : IDisposable, IClassFixture<Browser>
{
    private static readonly PageWaitForSelectorOptions Soon = new() { Timeout = 20_000 };

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Edits_show_up_errors_overlay_and_fixes_clear_it()
    {
        var input = _folder.Combine("input");
        TempFolder.CopyDirectory(RepoPaths.Input, input);
        var log = new StringWriter();
        await using var preview = await LivePreview.StartAsync(new PreviewOptions(input, RepoPaths.Theme, _folder.Combine("_site"), Port: 0), log);
        var (context, page, consoleErrors) = await browser.NewPageAsync(preview.Address);
        await using var _ = context;
        var failed = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                lock (failed)
                {
                    failed.Add($"{response.Status} {response.Url}");
                }
            }
        };
        await page.GotoAsync("/chapters/final-tips/");
        var chapter = Path.Combine(input, "chapters", "final-tips.md");

        const string added = "Written while the preview was open.";
        await File.AppendAllTextAsync(chapter, $"\n\n{added}\n");
        await page.WaitForSelectorAsync($"main p:has-text('{added}')", Soon);

        // An unknown key that is also markup: the overlay must show it as text.
        const string key = "<img src=x onerror=alert(1)>";
        var siteYml = Path.Combine(input, "site.yml");
        var goodSite = await File.ReadAllTextAsync(siteYml);
        await File.WriteAllTextAsync(siteYml, goodSite + $"{key}: oops\n");
        var overlay = await page.WaitForSelectorAsync("[role=alert]", Soon);
        var text = await overlay!.TextContentAsync();
        Assert.Contains("input/site.yml:", text);
        Assert.Contains($"unknown key '{key}'", text);
        Assert.Equal(0, await page.Locator("[role=alert] img").CountAsync());
        Assert.Contains(added, await page.Locator("main").TextContentAsync()); // the last good page stays

        await File.WriteAllTextAsync(siteYml, goodSite);
        await page.WaitForSelectorAsync("[role=alert]", new() { State = WaitForSelectorState.Detached, Timeout = 20_000 });

        // Chromium's own favicon probe logs "Failed to load resource" (the site has no favicon) and is
        // not a page request; every request the page makes is checked through its response instead.
        Assert.Empty(failed);
        Assert.All(consoleErrors, e => Assert.StartsWith("Failed to load resource", e));
        var terminal = log.ToString();
        Assert.Matches(@"site\.yml:\d+:\d+: error: unknown key", terminal);
        // The edited chapter's page first, then the full build (which updates the print page).
        Assert.Contains("final-tips.md: page first, 1 file changed (chapters/final-tips/index.html); save → written", terminal);
        Assert.Contains("1 file changed (print/index.html); save → written", terminal);

        // The reload script exists only in responses, never in the files the preview wrote.
        Assert.All(Directory.GetFiles(_folder.Combine("_site"), "*", SearchOption.AllDirectories),
            file => Assert.DoesNotContain("_studyguide", File.ReadAllText(file)));
    }

    [Fact]
    public async Task A_page_opened_while_the_build_is_broken_shows_the_errors()
    {
        var input = _folder.Combine("input");
        TempFolder.CopyDirectory(RepoPaths.Input, input);
        File.AppendAllText(Path.Combine(input, "chapters", "final-tips.md"), "\n[broken](xref:no-such-page)\n");
        await using var preview = await LivePreview.StartAsync(new PreviewOptions(input, RepoPaths.Theme, _folder.Combine("_site"), Port: 0), TextWriter.Null);
        var (context, page, _) = await browser.NewPageAsync(preview.Address);
        await using var _ = context;

        // Never built: the preview serves a placeholder page that carries the overlay.
        var response = await page.GotoAsync("/");
        Assert.Equal(404, response!.Status);
        var overlay = await page.WaitForSelectorAsync("[role=alert]", Soon);
        Assert.Contains("unknown xref id 'no-such-page'", await overlay!.TextContentAsync());
    }
}
