using System.Text.RegularExpressions;
using StudyGuide.Cli.Preview;
using StudyGuide.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StudyGuide.Tests.Search;

/// <summary>
/// Search in the live preview (<c>studyguide serve</c>): the index is built after the first build
/// and again after a save, in the background, so the edited page is written and reloaded first.
/// Runs on a copy of the real input/ with the real theme (and its pinned Pagefind).
/// </summary>
public sealed partial class PreviewSearchTests(Browser browser) : IDisposable, IClassFixture<Browser>
{
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(90);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static async Task<string> WaitForLog(StringWriter log, Func<string, bool> done, string what)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < Bounded)
        {
            var text = log.ToString();
            if (done(text))
            {
                return text;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"no {what} within {Bounded.TotalSeconds} s; the preview printed:\n{log}");
    }

    [Fact]
    public async Task Serve_indexes_after_the_first_build_and_after_a_save_without_delaying_the_page()
    {
        var input = _folder.Combine("input");
        TempFolder.CopyDirectory(RepoPaths.Input, input);
        var log = new StringWriter();
        await using var preview = await LivePreview.StartAsync(
            new PreviewOptions(input, RepoPaths.Theme, _folder.Combine("_site"), Port: 0, Search: true), TextWriter.Synchronized(log));

        await WaitForLog(log, text => IndexLines(text) >= 1, "search index after the first build");
        using (var http = new HttpClient())
        {
            var script = await http.GetAsync(preview.Address + "/pagefind/pagefind.js");
            Assert.Equal(System.Net.HttpStatusCode.OK, script.StatusCode);
        }

        const string word = "quokkazephyr";
        var chapter = Path.Combine(input, "chapters", "final-tips.md");
        await File.AppendAllTextAsync(chapter, $"\n\nA {word} is a word no other page has.\n");
        var terminal = await WaitForLog(log, text => IndexLines(text) >= 2, "search index after the save");

        // The order the preview did things in: the edited page, the full rebuild, then the index.
        var lines = terminal.Split('\n');
        var pageFirst = Array.FindIndex(lines, l => l.Contains("final-tips.md: page first", StringComparison.Ordinal));
        var rebuilt = Array.FindIndex(lines, l => l.Contains("final-tips.md: rebuilt", StringComparison.Ordinal));
        var secondIndex = Array.FindLastIndex(lines, l => IndexLine().IsMatch(l));
        Assert.True(pageFirst >= 0 && rebuilt > pageFirst && secondIndex > rebuilt, terminal);

        var (context, page, _) = await browser.NewPageAsync(preview.Address);
        await using var __ = context;
        await page.GotoAsync($"/search/?q={word}");
        var first = page.Locator(".search-page-results > li > a").First;
        await Expect(first).ToHaveAttributeAsync("href", new Regex("^/chapters/final-tips/"), new() { Timeout = 30_000 });
    }

    private static int IndexLines(string text) => IndexLine().Count(text);

    [GeneratedRegex(@"(?m)^\d\d:\d\d:\d\d search index built")]
    private static partial Regex IndexLine();
}
