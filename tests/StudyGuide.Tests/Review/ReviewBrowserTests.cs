using System.Text.Json;
using Microsoft.Playwright;
using StudyGuide.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StudyGuide.Tests.Review;

/// <summary>
/// /review/ in Chromium with a fixed clock and time zone, so the FSRS schedule (fixed parameters, no
/// fuzz) gives exact due dates: add a bank, review with the keyboard only, reload, export, import.
/// </summary>
public sealed class ReviewBrowserTests(BuiltSite site, Infrastructure.Browser browser) : ServedSiteTest(site, browser)
{
    // 09:00 in New York, a Monday; local midnight is 05:00 UTC the next day.
    private const string Zone = "America/New_York";
    private static readonly DateTime Start = new(2026, 3, 2, 14, 0, 0, DateTimeKind.Utc);

    private static Task<Dictionary<string, string>> StoredAsync(IPage page) => page.EvaluateAsync<Dictionary<string, string>>(
        "() => Object.fromEntries(Object.keys(localStorage).filter(k => k.startsWith('studyguide:')).map(k => [k, localStorage.getItem(k)]))");

    private static async Task<Dictionary<string, JsonElement>> CardsAsync(IPage page) =>
        (await StoredAsync(page)).Where(e => e.Key.StartsWith("studyguide:review:", StringComparison.Ordinal))
            .ToDictionary(e => e.Key["studyguide:review:".Length..], e => JsonDocument.Parse(e.Value).RootElement);

    private static async Task<int> CountAsync(IPage page, string name) =>
        int.Parse((await page.Locator($"[data-count={name}]").TextContentAsync())!.Trim(), System.Globalization.CultureInfo.InvariantCulture);

    private static Task<string> FocusedAsync(IPage page) =>
        page.EvaluateAsync<string>("() => document.activeElement.matches('[data-review-card]') ? 'card' : document.activeElement.outerHTML.slice(0, 80)");

    /// <summary>A page in a fresh browser whose clock stands at <see cref="Start"/>, in <see cref="Zone"/>.</summary>
    private async Task<(IPage Page, List<string> ConsoleErrors)> OpenAtStartAsync()
    {
        var (page, errors) = await OpenAsync(Zone);
        await page.Clock.SetFixedTimeAsync(Start);
        return (page, errors);
    }

    private static async Task<string[]> BankTitlesAsync(IPage page, string bank)
    {
        await page.GotoAsync($"/banks/{bank}/");
        return [.. await page.Locator("table.question-table tbody tr td:first-child a").AllTextContentsAsync()];
    }

    [Fact]
    public async Task A_bank_reviewed_with_the_keyboard_keeps_its_schedule_across_a_reload_and_in_an_export()
    {
        var (page, errors) = await OpenAtStartAsync();
        var titles = await BankTitlesAsync(page, "go-concepts");
        var ids = await page.Locator("table.question-table tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.id)");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Add all {ids.Length} questions to review" }).ClickAsync();
        await Expect(page.Locator(".review-add-bank output")).ToHaveTextAsync($"Added {ids.Length} questions to your review.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Go to review" }).ClickAsync();
        await page.WaitForURLAsync("**/review/");

        Assert.Equal(ids.Length, await CountAsync(page, "due"));
        Assert.Equal(ids.Length, await CountAsync(page, "fresh"));
        Assert.Equal(0, await CountAsync(page, "reviewed"));
        var card = page.Locator("[data-review-card]");
        await Expect(card.Locator("h2")).ToHaveTextAsync(titles[0]);

        // Keyboard only: the skip link, then the card is the first stop in the page's content.
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("card", await FocusedAsync(page));
        var waits = card.Locator("[data-grade] [data-wait]");
        string[] expectedDue = ["2026-03-02T14:10:00.000Z", "2026-03-10T14:00:00.000Z", "2026-03-02T14:01:00.000Z"];
        string[] keys = ["3", "4", "1"];
        for (var i = 0; i < 3; i++)
        {
            await Expect(card.Locator("h2")).ToHaveTextAsync(titles[i]);
            await Expect(card.Locator("[data-action=show]")).ToBeEnabledAsync();
            Assert.False(await card.Locator("[data-card-answer]").IsVisibleAsync());
            await page.Keyboard.PressAsync("Space");
            await Expect(card.Locator("[data-card-answer]")).ToBeVisibleAsync();
            Assert.Equal(["1 min", "6 min", "10 min", "8 days"], await waits.AllTextContentsAsync());
            await page.Keyboard.PressAsync(keys[i]);
            Assert.Equal("card", await FocusedAsync(page));
        }
        await Expect(page.Locator("[data-review-status]")).ToHaveTextAsync("Again: next review in 1 min.");

        var cards = await CardsAsync(page);
        Assert.Equal(ids.Length, cards.Count);
        Assert.Equal(expectedDue, ids.Take(3).Select(id => cards[id].GetProperty("due").GetString()));
        Assert.Equal(["learning", "review", "learning"], ids.Take(3).Select(id => cards[id].GetProperty("state").GetString()));
        Assert.All(ids.Skip(3), id => Assert.Equal("new", cards[id].GetProperty("state").GetString()));

        async Task AssertScheduleShownAsync()
        {
            // Due today: all but the Easy one (8 days away); the Again one is due in a minute, still today.
            Assert.Equal(ids.Length - 1, await CountAsync(page, "due"));
            Assert.Equal(ids.Length - 3, await CountAsync(page, "fresh"));
            Assert.Equal(3, await CountAsync(page, "reviewed"));
            Assert.Equal("2026-03-02T14:01:00.000Z", await page.Locator("[data-count=next] time").GetAttributeAsync("datetime"));
            await Expect(card.Locator("h2")).ToHaveTextAsync(titles[3]);
        }
        await AssertScheduleShownAsync();
        var before = await StoredAsync(page);
        await page.ReloadAsync();
        await AssertScheduleShownAsync();
        Assert.Equal(before, await StoredAsync(page));

        await page.GotoAsync("/progress/");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-action=export]"));
        var file = await File.ReadAllBytesAsync((await download.PathAsync())!);
        using (var json = JsonDocument.Parse(file))
        {
            Assert.Equal(2, json.RootElement.GetProperty("version").GetInt32());
            var review = json.RootElement.GetProperty("review");
            Assert.Equal(ids.Length, review.EnumerateObject().Count());
            Assert.Equal(expectedDue[1], review.GetProperty(ids[1]).GetProperty("due").GetString());
            Assert.Empty(json.RootElement.GetProperty("mock").EnumerateArray());
        }

        var (fresh, freshErrors) = await OpenAtStartAsync();
        await fresh.GotoAsync("/progress/");
        await fresh.SetInputFilesAsync("#progress-file", new FilePayload { Name = "progress.json", MimeType = "application/json", Buffer = file });
        await Expect(fresh.Locator(".progress-status")).ToContainTextAsync($"Imported 0 ticked items, 0 problems marked as solved, 0 drafts, {ids.Length} review cards and 0 mock rounds");
        Assert.Equal(before, await StoredAsync(fresh));
        await fresh.GotoAsync("/review/");
        await Expect(fresh.Locator("[data-review-card] h2")).ToHaveTextAsync(titles[3]);
        Assert.Equal(3, await CountAsync(fresh, "reviewed"));
        ConsoleErrors.AssertNone(errors);
        ConsoleErrors.AssertNone(freshErrors);
    }

    [Fact]
    public async Task Shortcuts_act_only_while_focus_is_in_the_card()
    {
        var (page, errors) = await OpenAtStartAsync();
        await page.GotoAsync("/problems/two-sum/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to review" }).ClickAsync();
        await page.GotoAsync("/review/");
        var card = page.Locator("[data-review-card]");
        await Expect(card.Locator("h2")).ToHaveTextAsync("Two Sum");
        await Expect(card.Locator("[data-action=show]")).ToBeEnabledAsync();

        // Space and the digits in the search box or on the page around the card do nothing to the card.
        await page.Locator("#search-input").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.TypeAsync("13");
        Assert.Equal(" 13", await page.Locator("#search-input").InputValueAsync());
        await page.Locator("#search-input").FillAsync("");
        await page.Locator("main").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        Assert.False(await card.Locator("[data-card-answer]").IsVisibleAsync());

        // In the card: Space shows; a digit on the "Show answer" button before that does nothing.
        await card.Locator("[data-action=show]").FocusAsync();
        await page.Keyboard.PressAsync("3");
        Assert.False(await card.Locator("[data-card-answer]").IsVisibleAsync());
        await card.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Expect(card.Locator("[data-card-answer]")).ToBeVisibleAsync();
        await page.Locator("#search-input").FocusAsync();
        await page.Keyboard.PressAsync("4");
        Assert.Equal("new", (await CardsAsync(page))["two-sum"].GetProperty("state").GetString());
        await card.GetByRole(AriaRole.Button, new() { Name = "Easy" }).FocusAsync();
        await page.Keyboard.PressAsync("2");
        Assert.Equal("2026-03-02T14:06:00.000Z", (await CardsAsync(page))["two-sum"].GetProperty("due").GetString());
        ConsoleErrors.AssertNone(errors);
    }

    [Fact]
    public async Task Add_to_review_toggles_on_the_question_page_and_a_version_1_file_leaves_the_cards()
    {
        var (page, errors) = await OpenAtStartAsync();
        await page.GotoAsync("/problems/lru-cache/");
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Add to review" });
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-pressed"));
        await toggle.ClickAsync();
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-pressed"));
        await page.ReloadAsync();
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-pressed"));
        var stored = await StoredAsync(page);
        Assert.Equal(["studyguide:review:lru-cache"], stored.Keys);

        await page.GotoAsync("/progress/");
        var v1 = """{"format":"studyguide-progress","version":1,"exported":"2025-01-01T00:00:00.000Z","checklists":{},"solved":["two-sum"]}""";
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await page.SetInputFilesAsync("#progress-file", new FilePayload { Name = "old.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(v1) });
        await Expect(page.Locator(".progress-status")).ToContainTextAsync("Imported 0 ticked items and 1 problem marked as solved.");
        var after = await StoredAsync(page);
        Assert.Equal(stored["studyguide:review:lru-cache"], after["studyguide:review:lru-cache"]);
        Assert.Equal("1", after["studyguide:solved:two-sum"]);

        await page.GotoAsync("/problems/lru-cache/");
        await toggle.ClickAsync();
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-pressed"));
        Assert.DoesNotContain("studyguide:review:lru-cache", (await StoredAsync(page)).Keys);
        ConsoleErrors.AssertNone(errors);
    }
}
