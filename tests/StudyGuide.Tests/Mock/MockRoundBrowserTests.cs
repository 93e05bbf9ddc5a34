using System.Text.Json;
using Microsoft.Playwright;
using StudyGuide.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StudyGuide.Tests.Mock;

/// <summary>
/// /mock/ in Chromium with a fake clock, against <c>serve</c>'s proxy pointed at the fake Playground
/// (which really runs the code with the local Go): a coding round opened from its address runs to
/// its summary, and the clock survives a reload.
/// </summary>
public sealed class MockRoundBrowserTests(BuiltSite site, Infrastructure.Browser browser, FakePlayground playground) : IClassFixture<FakePlayground>, IClassFixture<BuiltSite>, IClassFixture<Infrastructure.Browser>
{
    private const string Zone = "America/New_York";
    private static readonly DateTime Start = new(2026, 3, 2, 14, 0, 0, DateTimeKind.Utc);

    // The fake compiles with Go: a second or two warm, longer on a cold build cache.
    private static readonly LocatorAssertionsToContainTextOptions GoTime = new() { Timeout = 90_000 };

    private static string CodeOf(string question) =>
        File.ReadAllText(Path.Combine(RepoPaths.Input, "banks", "coding", question + ".go")).Replace("\r\n", "\n");

    private static ILocator ActiveProblem(IPage page) => page.Locator(".mock-problem:not([hidden])");

    /// <summary>The editor of the problem on screen.</summary>
    private static PracticeEditor EditorOf(IPage page) => new(page, ActiveProblem(page));

    private static Task<string> TimerAsync(IPage page) => page.Locator("[data-timer]").InnerTextAsync();

    private static async Task<JsonElement> HistoryAsync(IPage page) =>
        JsonDocument.Parse(await page.EvaluateAsync<string>("() => localStorage.getItem('studyguide:mock:history') || '[]'")).RootElement;

    /// <summary>The site served with the fake Playground, and a page whose clock stands at <see cref="Start"/> (in <see cref="Zone"/>) until the test moves it.</summary>
    private async Task<ServedPage> OpenAtStartAsync()
    {
        var served = await ServedPage.OpenAsync(browser, site.OutputPath, playground.Address, Zone);
        await served.Page.Clock.InstallAsync(new() { TimeDate = Start.AddMinutes(-1) });
        await served.Page.Clock.PauseAtAsync(Start);
        return served;
    }

    [Fact]
    public async Task A_coding_round_opened_from_its_address_runs_to_its_summary()
    {
        await using var served = await OpenAtStartAsync();
        var page = served.Page;
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.AcceptAsync();
        };

        await page.GotoAsync("/mock/?round=coding&ids=two-sum,valid-parentheses");
        await Expect(page.Locator("[data-mock-intro]")).ToContainTextAsync("Coding round");
        await Expect(page.Locator("[data-mock-intro]")).ToContainTextAsync("2 problems in 45 minutes");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the round" }).ClickAsync();

        var round = page.Locator("[data-mock-round]");
        await Expect(round.Locator("#mock-problem-0")).ToHaveTextAsync("Problem 1: Two Sum");
        await Expect(round.Locator(".mock-problem:not([hidden]) .mock-prompt")).ToContainTextAsync("target");
        Assert.Equal("45:00 left", await TimerAsync(page));
        // Nothing of the solutions or hints is on the page during the round.
        Assert.Equal(0, await page.Locator(".hint, .solution, .code-runner, .mock-solution").CountAsync());
        Assert.DoesNotContain("Hint 1", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        // The problem's starter is in the editor; Check runs the problem's tests on the reader's code.
        Assert.Contains("func twoSum(", await EditorOf(page).TextAsync(), StringComparison.Ordinal);
        Assert.Equal("Your solution for Two Sum (solution.go)", await (await EditorOf(page).LoadedAsync()).GetAttributeAsync("aria-label"));
        await EditorOf(page).ReplaceAsync(CodeOf("two-sum"));
        await round.GetByRole(AriaRole.Button, new() { Name = "Check", Exact = true }).ClickAsync();
        await Expect(ActiveProblem(page).Locator(".run-status")).ToContainTextAsync("cases passed.", GoTime);
        Assert.Contains(playground.CompiledCode, body => body.Contains("-- solution.go --", StringComparison.Ordinal) && body.Contains("func TestTwoSum", StringComparison.Ordinal));

        await page.Clock.RunForAsync("10:00");
        Assert.Equal("35:00 left", await TimerAsync(page));

        // A reload keeps the round, its clock and the draft.
        await page.ReloadAsync();
        await Expect(round.Locator("#mock-problem-0")).ToHaveTextAsync("Problem 1: Two Sum");
        Assert.Equal("35:00 left", await TimerAsync(page));
        Assert.Equal(CodeOf("two-sum").TrimEnd('\n'), (await EditorOf(page).TextAsync()).TrimEnd('\n'));

        await round.GetByRole(AriaRole.Button, new() { Name = "Problem 2" }).ClickAsync();
        await Expect(round.Locator("#mock-problem-1")).ToBeVisibleAsync();
        Assert.False(await round.Locator("#mock-problem-0").IsVisibleAsync());
        await page.Clock.RunForAsync("05:00");
        await round.GetByRole(AriaRole.Button, new() { Name = "Pause" }).ClickAsync();
        await page.Clock.RunForAsync("10:00");
        Assert.Equal("30:00 left, paused", await TimerAsync(page));
        Assert.False(await round.Locator("#mock-problem-1").IsVisibleAsync());
        await round.GetByRole(AriaRole.Button, new() { Name = "Resume" }).ClickAsync();
        await EditorOf(page).ReplaceAsync("package main\n\nfunc isValid(s string) bool {\n\treturn missingName\n}\n");
        await round.GetByRole(AriaRole.Button, new() { Name = "Check", Exact = true }).ClickAsync();
        await Expect(ActiveProblem(page).Locator(".run-status")).ToContainTextAsync("Build failed", GoTime);
        await page.Clock.RunForAsync("01:00");

        await round.GetByRole(AriaRole.Button, new() { Name = "End the round" }).ClickAsync();
        Assert.Single(dialogs);
        var summary = page.Locator("[data-mock-summary]");
        await Expect(summary).ToBeVisibleAsync();
        Assert.Equal("mock-summary-title", await page.EvaluateAsync<string>("document.activeElement.id"));
        await Expect(summary.Locator("[data-summary-text]")).ToContainTextAsync("16 min of 45 min used; 1 of 2 passed.");
        var rows = summary.Locator("[data-summary-rows] tr");
        var passedRow = await rows.Nth(0).Locator("th, td").AllInnerTextsAsync();
        Assert.Equal(["Two Sum", "10 min"], passedRow.Take(2));
        Assert.Matches(@"^Passed: All \d+ cases passed\.$", passedRow[2]);
        var failedRow = await rows.Nth(1).Locator("th, td").AllInnerTextsAsync();
        Assert.Equal(["Valid Parentheses", "6 min"], failedRow.Take(2));
        Assert.StartsWith("Failed: Build failed", failedRow[2], StringComparison.Ordinal);
        // The solutions are open now, with their code.
        await Expect(summary.Locator(".mock-solution").Nth(0).Locator("pre.code")).ToContainTextAsync("func twoSum");
        await Expect(summary.Locator(".mock-solution").Nth(1)).ToContainTextAsync("Solution: Valid Parentheses");
        var selfReview = summary.Locator("[data-self-review]");
        await Expect(selfReview).ToContainTextAsync("During the coding interview");
        await selfReview.Locator("input[type=checkbox]").Nth(0).CheckAsync();

        Assert.Contains("?result=", page.Url, StringComparison.Ordinal);
        var history = await HistoryAsync(page);
        var kept = Assert.Single(history.EnumerateArray());
        Assert.Equal("2026-03-02T14:00:00.000Z", kept.GetProperty("started").GetString());
        Assert.Equal("2026-03-02T14:26:00.000Z", kept.GetProperty("ended").GetString());
        Assert.Equal([600, 360], kept.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("seconds").GetInt32()));
        Assert.Equal(["passed", "failed"], kept.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("outcome").GetString()));
        Assert.Single(kept.GetProperty("selfReview").EnumerateArray());
        Assert.Null(await page.EvaluateAsync<string?>("() => localStorage.getItem('studyguide:mock:current')"));

        // The summary is kept: a reload shows it again, and the setup page lists the round.
        await page.ReloadAsync();
        await Expect(summary.Locator("[data-summary-text]")).ToContainTextAsync("1 of 2 passed");
        Assert.True(await selfReview.Locator("input[type=checkbox]").Nth(0).IsCheckedAsync());
        await page.GotoAsync("/mock/");
        await Expect(page.Locator("[data-history-list] li")).ToContainTextAsync("Coding round, 1 of 2 passed, 16 min");
        ConsoleErrors.AssertNone(served.ConsoleErrors);
    }

    [Fact]
    public async Task The_clock_ends_the_round_when_time_is_up_even_across_a_reload()
    {
        await using var served = await OpenAtStartAsync();
        var page = served.Page;
        await page.GotoAsync("/mock/");
        await page.GetByLabel("Concepts: 20 minutes, five questions").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the round" }).ClickAsync();
        await Expect(page.Locator("[data-tabs] li")).ToHaveCountAsync(5);
        Assert.Matches(@"/mock/\?round=concepts&ids=([a-z0-9-]+,){4}[a-z0-9-]+$", page.Url);
        Assert.Equal("20:00 left", await TimerAsync(page));
        // Concept questions have no code box.
        Assert.Equal(0, await page.Locator("[data-practice-for]").CountAsync());

        await page.Clock.RunForAsync("15:30");
        await Expect(page.Locator("[data-timer-alert]")).ToHaveTextAsync("5 minutes left.");
        await page.ReloadAsync();
        Assert.Equal("4:30 left", await TimerAsync(page));
        await page.Clock.RunForAsync("04:31");
        await Expect(page.Locator("[data-mock-summary] [data-summary-text]")).ToContainTextAsync("Time is up. Concepts round");
        await Expect(page.Locator("[data-mock-summary] [data-summary-text]")).ToContainTextAsync("20 min of 20 min used.");
        Assert.Equal(0, await page.Locator("[data-self-review]:visible").CountAsync());
        var kept = Assert.Single((await HistoryAsync(page)).EnumerateArray());
        Assert.Equal(1200, kept.GetProperty("problems").EnumerateArray().Sum(p => p.GetProperty("seconds").GetInt32()));
        ConsoleErrors.AssertNone(served.ConsoleErrors);
    }

    [Fact]
    public async Task A_link_to_a_question_the_guide_does_not_have_is_refused()
    {
        await using var served = await ServedPage.OpenAsync(browser, site.OutputPath, playground.Address);
        var page = served.Page;
        await page.GotoAsync("/mock/?round=coding&ids=two-sum,no-such-problem");
        await Expect(page.Locator("[data-mock-error]")).ToHaveTextAsync("This guide has no problem “no-such-problem” for this round.");
        await Expect(page.Locator("[data-mock-setup]")).ToBeVisibleAsync();
        await page.GotoAsync("/mock/?round=coding&ids=goroutines-vs-threads");
        await Expect(page.Locator("[data-mock-error]")).ToContainTextAsync("no problem “goroutines-vs-threads”");
        ConsoleErrors.AssertNone(served.ConsoleErrors);
    }
}
