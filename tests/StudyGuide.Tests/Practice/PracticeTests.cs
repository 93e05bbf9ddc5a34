using Microsoft.Playwright;
using StudyGuide.CodeLanguages.Go;
using StudyGuide.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StudyGuide.Tests.Practice;

/// <summary>
/// Solving a coding problem on its page (issue 17): the editor with the starter, Check against the
/// problem's tests through <c>serve</c>'s proxy and the fake Playground (which really builds and runs
/// them with the local Go, splitting the txtar body as the real sandbox does), the draft kept per
/// problem, and the local-run fallback when the Playground cannot be reached.
/// </summary>
public sealed class PracticeTests(BuiltSite site, Infrastructure.Browser browser, FakePlayground playground) : IClassFixture<FakePlayground>, IClassFixture<BuiltSite>, IClassFixture<Infrastructure.Browser>
{
    private const string Problem = "/problems/two-sum/";

    private static readonly LocatorAssertionsToContainTextOptions GoTime = FakePlayground.GoTime;

    private static string InputFile(string name) =>
        File.ReadAllText(Path.Combine(RepoPaths.Input, "banks", "coding", name)).Replace("\r\n", "\n");

    private static string Starter => InputFile("two-sum.starter.go");

    private static string Tests => InputFile("two-sum_test.go");

    /// <summary>The reference solution passes every case (it has a main too, which go test leaves alone).</summary>
    private static string Reference => InputFile("two-sum.go");

    /// <summary>The problem's page, served with the Playground proxy pointing at <paramref name="upstream"/> (the fake by default), its editor loaded.</summary>
    private async Task<ServedPage> OpenProblemAsync(string? upstream = null, string scheme = "light")
    {
        var served = await ServedPage.OpenAsync(browser, site.OutputPath, upstream ?? playground.Address);
        await served.Page.EmulateMediaAsync(new() { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        await GotoProblemAsync(served.Page);
        return served;
    }

    private static ILocator Editor(IPage page) => PracticeEditor.OnQuestionPage(page).Content;

    private static ILocator Panel(IPage page) => page.Locator(".practice [data-output-panel]");

    /// <summary>Opens the problem and waits for the editor, which loads when the Practice section comes near the screen.</summary>
    private static async Task GotoProblemAsync(IPage page)
    {
        await page.GotoAsync(Problem);
        await PracticeEditor.OnQuestionPage(page).LoadedAsync();
    }

    private static Task<string> EditorTextAsync(IPage page) => PracticeEditor.OnQuestionPage(page).TextAsync();

    private static Task ReplaceDraftAsync(IPage page, string code) => PracticeEditor.OnQuestionPage(page).ReplaceAsync(code);

    private static Task CheckAsync(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Check", Exact = true }).ClickAsync();

    [Fact]
    public async Task The_editor_holds_the_starter_and_a_wrong_draft_shows_the_failing_case()
    {
        await using var served = await OpenProblemAsync();
        var page = served.Page;
        Assert.Equal(Starter.TrimEnd('\n'), (await EditorTextAsync(page)).TrimEnd('\n'));
        Assert.Equal("Your solution (solution.go)", await Editor(page).GetAttributeAsync("aria-label"));
        // The solution stays closed on arrival.
        Assert.False(await page.Locator("details.solution").EvaluateAsync<bool>("d => d.open"));

        await CheckAsync(page);

        await Expect(Panel(page).Locator(".run-status")).ToContainTextAsync("cases of 8 failed, 3 passed.", GoTime);
        var failing = Panel(page).Locator(".test-case.failed").Filter(new() { HasText = "pair at the start" });
        await Expect(failing.Locator("dd").Nth(0)).ToHaveTextAsync("nums = [2 7 11 15], target = 9");
        await Expect(failing.Locator("dd").Nth(1)).ToHaveTextAsync("[0 1] (in either order)");
        await Expect(failing.Locator("dd").Nth(2)).ToHaveTextAsync("[]");
        Assert.Equal(["Input", "Expected", "Actual"], await failing.Locator("dt").AllTextContentsAsync());
        Assert.Equal(3, await Panel(page).Locator(".test-case.passed").CountAsync());
        Assert.Equal("polite", await Panel(page).GetAttributeAsync("aria-live"));
        // The body: the tests lead (the sandbox finds tests only there), the draft follows as solution.go.
        Assert.Contains(Tests + "-- solution.go --\n" + Starter, playground.CompiledCode);
        Assert.Equal("false", await page.Locator(".solved-toggle").GetAttributeAsync("aria-pressed"));
        ConsoleErrors.AssertNone(served.ConsoleErrors);
    }

    [Fact]
    public async Task A_correct_draft_passes_every_case_and_marks_the_problem_solved()
    {
        await using var served = await OpenProblemAsync();
        var page = served.Page;
        await ReplaceDraftAsync(page, Reference);

        await page.Keyboard.PressAsync("Control+Enter");

        await Expect(Panel(page).Locator(".run-status")).ToContainTextAsync("All 8 cases passed. The problem is marked as solved.", GoTime);
        Assert.Equal(8, await Panel(page).Locator(".test-case.passed").CountAsync());
        Assert.Equal("true", await page.Locator(".solved-toggle").GetAttributeAsync("aria-pressed"));
        await page.GotoAsync("/problems/");
        await Expect(page.Locator("tr[data-id=two-sum][data-solved] .solved-mark")).ToBeVisibleAsync();
        ConsoleErrors.AssertNone(served.ConsoleErrors);
    }

    [Fact]
    public async Task The_draft_survives_a_reload_and_reset_restores_the_starter()
    {
        await using var served = await OpenProblemAsync();
        var page = served.Page;
        var draft = Starter.Replace("return nil", "return []int{0, 1} // mine");
        await ReplaceDraftAsync(page, draft);
        await page.ReloadAsync();
        await page.Locator(".practice-workspace").ScrollIntoViewIfNeededAsync();
        await Expect(Editor(page)).ToContainTextAsync("// mine", new() { Timeout = 30_000 });
        Assert.Equal(draft.TrimEnd('\n'), (await EditorTextAsync(page)).TrimEnd('\n'));

        await page.GetByRole(AriaRole.Button, new() { Name = "Reset to starter" }).ClickAsync();

        Assert.Equal(Starter.TrimEnd('\n'), (await EditorTextAsync(page)).TrimEnd('\n'));
        await Expect(Panel(page)).ToContainTextAsync("Undo (Ctrl+Z) brings your code back");
        await page.Keyboard.PressAsync("Control+Z");
        Assert.Contains("// mine", await EditorTextAsync(page));
        await page.GetByRole(AriaRole.Button, new() { Name = "Reset to starter" }).ClickAsync();
        await page.ReloadAsync();
        await page.Locator(".practice-workspace").ScrollIntoViewIfNeededAsync();
        await Expect(Editor(page)).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.Equal(Starter.TrimEnd('\n'), (await EditorTextAsync(page)).TrimEnd('\n'));
        Assert.Null(await page.EvaluateAsync<string?>("localStorage.getItem('studyguide:draft:two-sum')"));
        ConsoleErrors.AssertNone(served.ConsoleErrors);
    }

    [Fact]
    public async Task A_compile_error_is_shown_on_its_line_of_the_editor()
    {
        await using var served = await OpenProblemAsync();
        var page = served.Page;
        var broken = Starter.Replace("\treturn nil", "\tunused := 1\n\treturn nil");
        var (line, column) = GoPrograms.PositionOf(broken, "unused");
        await ReplaceDraftAsync(page, broken);

        await CheckAsync(page);

        await Expect(Panel(page).Locator(".run-status")).ToContainTextAsync("Build failed (1 error in your code, marked in the editor)", GoTime);
        await Expect(Panel(page).Locator("pre.error")).ToContainTextAsync($"solution.go:{line}:{column}:");
        // Marked in the editor on that line, and the panel's link puts the cursor there.
        await Expect(page.Locator(".practice .cm-lintRange-error")).ToHaveTextAsync("unused := 1");
        await Panel(page).GetByRole(AriaRole.Button, new() { Name = $"Line {line}, column {column}" }).ClickAsync();
        Assert.Equal("\tunused := 1", await page.Locator(".practice-editor").EvaluateAsync<string>("host => host.shadowRoot.querySelector('.cm-activeLine').textContent"));
        Assert.True(await page.Locator(".practice-editor").EvaluateAsync<bool>("host => host.shadowRoot.activeElement !== null"));
        ConsoleErrors.AssertNone(served.ConsoleErrors);
    }

    [Fact]
    public async Task Typed_code_goes_into_the_draft_even_a_slash_the_search_shortcut_would_take()
    {
        await using var served = await OpenProblemAsync();
        var page = served.Page;
        await Editor(page).ClickAsync();
        await page.Keyboard.PressAsync("Control+End");

        await page.Keyboard.TypeAsync("// typed");

        await Expect(Editor(page)).ToContainTextAsync("// typed");
        Assert.EndsWith("// typed", await page.EvaluateAsync<string>("localStorage.getItem('studyguide:draft:two-sum')"));
        Assert.Equal("practice-editor", await page.EvaluateAsync<string>("document.activeElement.className"));
        ConsoleErrors.AssertNone(served.ConsoleErrors);
    }

    [Fact]
    public async Task Tab_indents_and_escape_then_tab_leaves_the_editor_as_its_hint_says()
    {
        await using var served = await OpenProblemAsync();
        var page = served.Page;
        await Expect(page.Locator(".practice-keys")).ToHaveTextAsync("Tab indents. To leave the editor, press Esc, then Tab.");
        await Editor(page).ClickAsync();
        await page.Keyboard.PressAsync("Control+Home");

        await page.Keyboard.PressAsync("Tab");
        Assert.StartsWith("\tpackage main", await EditorTextAsync(page));
        Assert.Equal("practice-editor", await page.EvaluateAsync<string>("document.activeElement.className"));

        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Check", await page.EvaluateAsync<string>("document.activeElement.textContent"));
    }

    [Fact]
    public async Task An_unreachable_playground_offers_the_files_and_the_command_to_run_locally()
    {
        await using var served = await OpenProblemAsync(FakePlayground.UnreachableAddress());
        var page = served.Page;

        await CheckAsync(page);

        await Expect(Panel(page).Locator(".run-status.error")).ToContainTextAsync("The Go Playground could not be reached", GoTime);
        var command = (await Panel(page).Locator(".local-command").TextContentAsync())!;
        Assert.Equal("go test ./...", command);
        var links = Panel(page).Locator(".local-files a");
        Assert.Equal(["solution.go", "two_sum_test.go", "go.mod"], await links.AllTextContentsAsync());

        // Exactly those files and that command, with the local Go: the starter fails the cases it should.
        using var folder = new TempFolder();
        for (var i = 0; i < 3; i++)
        {
            var download = await page.RunAndWaitForDownloadAsync(() => links.Nth(i).ClickAsync());
            await download.SaveAsAsync(folder.Combine(download.SuggestedFilename));
        }
        Assert.Equal(["go.mod", "solution.go", "two_sum_test.go"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order());
        Assert.Equal(Starter, File.ReadAllText(folder.Combine("solution.go")));
        Assert.Equal(Tests, File.ReadAllText(folder.Combine("two_sum_test.go")));
        var go = GoToolchain.Locate() ?? throw new InvalidOperationException(GoToolchain.InstallHint);
        var parts = command.Split(' ');
        Assert.Equal("go", parts[0]);
        var result = await go.GoAsync(folder.Path, parts[1..]);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--- FAIL: TestTwoSum/pair_at_the_start", result.Output);
        Assert.Contains("input: nums = [2 7 11 15], target = 9", result.Output);
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task The_editor_and_a_check_result_have_no_axe_violations(string scheme)
    {
        await using var served = await OpenProblemAsync(scheme: scheme);
        var page = served.Page;
        await ReplaceDraftAsync(page, Starter.Replace("\treturn nil", "\tunused := 1\n\treturn nil"));
        await CheckAsync(page);
        await Expect(Panel(page).Locator(".run-status")).ToContainTextAsync("Build failed", GoTime);
        await ReplaceDraftAsync(page, Starter);
        await CheckAsync(page);
        await Expect(Panel(page).Locator(".run-status")).ToContainTextAsync("cases of 8 failed", GoTime);

        var violations = await AxeAudit.ViolationsAsync(page, scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        Assert.True(violations.Count == 0, $"{scheme}:\n" + string.Join("\n", violations));
        // axe looked inside the editor's shadow root.
        Assert.True(await page.Locator(".practice-editor").EvaluateAsync<bool>("host => host.shadowRoot.mode === 'open' && host.shadowRoot.adoptedStyleSheets.length > 0"));
    }
}
