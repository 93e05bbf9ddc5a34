using System.Text.Json;
using Microsoft.Playwright;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Progress;

/// <summary>
/// Personal progress in a real browser: ticks that survive a reload, Reset, task lists in
/// chapters, "Mark as solved" with marks and counts on the index, and export / import of all of it.
/// </summary>
public sealed class ProgressBrowserTests(BuiltSite site, Infrastructure.Browser browser) : ServedSiteTest(site, browser)
{
    private const string Checklist = "/checklists/interview-success/";

    /// <summary>Everything the guide keeps in localStorage.</summary>
    private static Task<Dictionary<string, string>> StoredAsync(IPage page) => page.EvaluateAsync<Dictionary<string, string>>(
        "() => Object.fromEntries(Object.keys(localStorage).filter(k => k.startsWith('studyguide:')).map(k => [k, localStorage.getItem(k)]))");

    private static ILocator Boxes(IPage page) => page.Locator("main .checklist-items input[type=checkbox]");

    private static async Task<bool[]> CheckedAsync(IPage page) =>
        await Boxes(page).EvaluateAllAsync<bool[]>("boxes => boxes.map(b => b.checked)");

    private static async Task TickAsync(IPage page, params int[] items)
    {
        await page.GotoAsync(Checklist);
        foreach (var item in items)
        {
            await Boxes(page).Nth(item).CheckAsync();
        }
    }

    private static async Task MarkSolvedAsync(IPage page, string id)
    {
        await page.GotoAsync($"/problems/{id}/");
        await page.ClickAsync(".solved-toggle");
    }

    /// <summary>Ids of the question table rows the page shows as solved.</summary>
    private static Task<string[]> SolvedRowsAsync(IPage page) =>
        page.Locator("tr[data-solved]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.id)");

    [Fact]
    public async Task Two_ticked_items_are_still_ticked_after_a_reload()
    {
        var (page, errors) = await OpenAsync();
        await page.GotoAsync(Checklist);
        var total = await Boxes(page).CountAsync();

        await page.Locator("main .checklist-items label").Nth(0).ClickAsync();
        await Boxes(page).Nth(2).CheckAsync();
        Assert.Equal($"2 of {total}", await page.Locator(".checklist-count").TextContentAsync());
        await page.ReloadAsync();

        var ticked = await CheckedAsync(page);
        Assert.Equal([0, 2], ticked.Select((c, i) => (c, i)).Where(x => x.c).Select(x => x.i));
        Assert.Equal($"2 of {total}", await page.Locator(".checklist-count").TextContentAsync());
        Assert.Equal("2", await page.Locator("progress.checklist-progress").EvaluateAsync<string>("p => String(p.value)"));
        ConsoleErrors.AssertNone(errors);
    }

    [Fact]
    public async Task Reset_unticks_everything_only_after_confirmation()
    {
        var (page, errors) = await OpenAsync();
        await TickAsync(page, 0, 1);

        var answers = new Queue<bool>([false, true]);
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Type);
            if (answers.Dequeue())
            {
                await dialog.AcceptAsync();
            }
            else
            {
                await dialog.DismissAsync();
            }
        };
        await page.ClickAsync("[data-action=reset]");
        Assert.Equal(2, (await CheckedAsync(page)).Count(c => c));

        await page.ClickAsync("[data-action=reset]");
        Assert.Equal([DialogType.Confirm, DialogType.Confirm], dialogs);
        Assert.All(await CheckedAsync(page), Assert.False);
        Assert.StartsWith("0 of ", await page.Locator(".checklist-count").TextContentAsync());
        Assert.Empty(await StoredAsync(page));
        await page.ReloadAsync();
        Assert.All(await CheckedAsync(page), Assert.False);
        ConsoleErrors.AssertNone(errors);
    }

    [Fact]
    public async Task A_task_in_a_chapter_stays_ticked_and_prints_ticked()
    {
        var (page, errors) = await OpenAsync();
        await page.GotoAsync("/chapters/final-tips/");
        var task = page.Locator("main label.task").First;
        var key = await task.Locator("input").GetAttributeAsync("data-key");
        Assert.StartsWith("final-tips:", key);

        await task.ClickAsync();
        await page.ReloadAsync();

        Assert.True(await page.Locator($"main input[data-key='{key}']").IsCheckedAsync());
        Assert.False(await page.Locator("main label.task input").Nth(1).IsCheckedAsync());
        await page.GotoAsync("/print/");
        Assert.True(await page.Locator($"main input[data-key='{key}']").IsCheckedAsync());
        ConsoleErrors.AssertNone(errors);
    }

    [Fact]
    public async Task Solved_problems_are_marked_and_counted_on_the_index_and_bank_pages()
    {
        var (page, errors) = await OpenAsync();
        await page.GotoAsync("/problems/two-sum/");
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Mark as solved" });
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-pressed"));
        await toggle.ClickAsync();
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-pressed"));
        await page.GotoAsync("/problems/three-sum/");
        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-pressed"));

        await page.GotoAsync("/problems/");
        Assert.Equal(["three-sum", "two-sum"], (await SolvedRowsAsync(page)).Order());
        Assert.Equal(2, await page.Locator("tr[data-solved] .solved-mark").CountAsync());
        var summary = page.Locator("[data-solved-summary]");
        Assert.True(await summary.IsVisibleAsync());
        var total = await page.Locator("table.question-table tbody tr").CountAsync();
        Assert.Equal($"Solved 2 of {total}.", (await summary.Locator(".solved-total").TextContentAsync())!.Trim());
        // Per bank and per difficulty: the counts of the solved rows that have that bank or difficulty.
        var rows = await page.Locator("table.question-table tbody tr").EvaluateAllAsync<Dictionary<string, string>[]>(
            "rows => rows.map(r => ({ id: r.dataset.id, bank: r.dataset.bank, difficulty: r.dataset.difficulty }))");
        var lines = await summary.Locator("li[data-solved-filter]").AllAsync();
        Assert.Equal(rows.Select(r => r["bank"]).Distinct().Count() + rows.Select(r => r["difficulty"]).Distinct().Count(), lines.Count);
        foreach (var line in lines)
        {
            var filter = (await line.GetAttributeAsync("data-solved-filter"))!.Split(':');
            var matching = rows.Where(r => r[filter[0]] == filter[1]).ToList();
            var solved = matching.Count(r => r["id"] is "two-sum" or "three-sum");
            Assert.EndsWith($": {solved} of {matching.Count}", (await line.TextContentAsync())!.Trim());
        }

        await page.GotoAsync("/banks/coding/");
        Assert.Equal(2, await page.Locator("tr[data-solved]").CountAsync());
        Assert.StartsWith("Solved 2 of ", (await page.Locator(".solved-total").TextContentAsync())!.Trim());

        await page.GotoAsync("/problems/two-sum/");
        await toggle.ClickAsync();
        await page.GotoAsync("/problems/");
        Assert.Equal(["three-sum"], await SolvedRowsAsync(page));
        ConsoleErrors.AssertNone(errors);
    }

    [Fact]
    public async Task Export_then_import_into_a_fresh_browser_restores_everything()
    {
        var (page, errors) = await OpenAsync();
        await TickAsync(page, 1, 3);
        await page.GotoAsync("/chapters/final-tips/");
        await page.Locator("main label.task input").Nth(2).CheckAsync();
        await MarkSolvedAsync(page, "lru-cache");
        await page.GotoAsync("/problems/two-sum/");
        await page.Locator(".practice-workspace").ScrollIntoViewIfNeededAsync();
        await page.Locator(".practice .cm-content").ClickAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.TypeAsync("// my draft");
        await Assertions.Expect(page.Locator(".practice .cm-content")).ToContainTextAsync("// my draft");
        var before = await StoredAsync(page);
        Assert.Equal(5, before.Count);
        Assert.EndsWith("// my draft", before["studyguide:draft:two-sum"]);

        await page.GotoAsync("/progress/");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-action=export]"));
        var file = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.EndsWith(".json", download.SuggestedFilename);
        using (var json = JsonDocument.Parse(file))
        {
            Assert.Equal("studyguide-progress", json.RootElement.GetProperty("format").GetString());
            Assert.Equal(2, json.RootElement.GetProperty("version").GetInt32());
            Assert.Equal(["lru-cache"], json.RootElement.GetProperty("solved").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(before["studyguide:draft:two-sum"], json.RootElement.GetProperty("drafts").GetProperty("two-sum").GetString());
            Assert.Equal(3, json.RootElement.GetProperty("checklists").EnumerateObject().Count(p => p.Value.GetBoolean()));
        }

        var (fresh, freshErrors) = await OpenAsync();
        await fresh.GotoAsync("/progress/");
        Assert.Empty(await StoredAsync(fresh));
        await fresh.SetInputFilesAsync("#progress-file", new FilePayload { Name = "progress.json", MimeType = "application/json", Buffer = file });

        await Assertions.Expect(fresh.Locator(".progress-status")).ToContainTextAsync("Imported 3 ticked items, 1 problem marked as solved, 1 draft, 0 review cards and 0 mock rounds");
        Assert.Equal(before, await StoredAsync(fresh));
        await fresh.GotoAsync("/problems/two-sum/");
        await fresh.Locator(".practice-workspace").ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(fresh.Locator(".practice .cm-content")).ToContainTextAsync("// my draft");
        await fresh.GotoAsync(Checklist);
        Assert.Equal([false, true, false, true], (await CheckedAsync(fresh)).Take(4));
        await fresh.GotoAsync("/problems/");
        Assert.Equal(["lru-cache"], await SolvedRowsAsync(fresh));
        ConsoleErrors.AssertNone(errors);
        ConsoleErrors.AssertNone(freshErrors);
    }

    [Theory]
    [InlineData("not json at all", "not valid JSON")]
    [InlineData("""{"format":"something-else","version":1,"checklists":{},"solved":[]}""", "not a progress export")]
    [InlineData("""{"format":"studyguide-progress","version":3,"checklists":{},"solved":[]}""", "version 3")]
    [InlineData("""{"format":"studyguide-progress","version":1,"checklists":{},"solved":[],"review":{}}""", "unexpected field \"review\"")]
    [InlineData("""{"format":"studyguide-progress","version":2,"checklists":{},"solved":[],"review":{"two-sum":{"due":"soon"}}}""", "The review card \"two-sum\"")]
    [InlineData("""{"format":"studyguide-progress","version":2,"checklists":{},"solved":[],"mock":[{"kind":"chess"}]}""", "Mock round 1")]
    [InlineData("""{"format":"studyguide-progress","version":2,"checklists":{},"solved":[],"drafts":{"two-sum":7}}""", "must be text")]
    [InlineData("""{"format":"studyguide-progress","version":1,"checklists":{"interview-success:x":"yes"},"solved":[]}""", "must be true or false")]
    [InlineData("""{"format":"studyguide-progress","version":1,"checklists":{"<script>":true},"solved":[]}""", "is not a checklist item key")]
    [InlineData("""{"format":"studyguide-progress","version":1,"checklists":{},"solved":["two-sum","two-sum"]}""", "listed twice")]
    [InlineData("""{"format":"studyguide-progress","version":1,"checklists":{},"solved":"two-sum"}""", "must be a list")]
    [InlineData("""{"format":"studyguide-progress","version":1,"checklists":{},"solved":[],"extra":1}""", "unexpected field")]
    [InlineData("""[1, 2, 3]""", "not a progress export")]
    public async Task A_malformed_file_is_refused_with_a_message_and_progress_stays(string content, string message)
    {
        var (page, errors) = await OpenAsync();
        await TickAsync(page, 0);
        await MarkSolvedAsync(page, "two-sum");
        var before = await StoredAsync(page);
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };

        await page.GotoAsync("/progress/");
        await page.SetInputFilesAsync("#progress-file", new FilePayload { Name = "progress.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(content) });

        var status = page.Locator(".progress-status");
        await Assertions.Expect(status).ToContainTextAsync("Import refused");
        Assert.Contains(message, await status.TextContentAsync());
        Assert.Contains("Nothing was changed", await status.TextContentAsync());
        Assert.Contains("error", (await status.GetAttributeAsync("class"))!.Split(' '));
        Assert.Empty(dialogs);
        Assert.Equal(before, await StoredAsync(page));
        ConsoleErrors.AssertNone(errors);
    }
}
