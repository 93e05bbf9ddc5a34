using AngleSharp.Html.Parser;
using Microsoft.Playwright;
using StudyGuide.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StudyGuide.Tests.Practice;

/// <summary>
/// Question pages keep the answer out of sight until the reader asks (issue 17): hints one at a
/// time, the solution (answer, complexity, code) closed behind "Show solution", a remembered
/// "Always show solutions", everything reachable without JavaScript and on paper, and search
/// excerpts taken from the prompt, never from hints or the solution.
/// </summary>
public sealed class SpoilerSafePageTests(BuiltSite site, Infrastructure.Browser browser) : ServedSiteTest(site, browser)
{
    private const string Problem = "/problems/two-sum/";

    private static ILocator HintSummaries(IPage page) => page.Locator("details.hint > summary");

    private static Task<bool> SolutionOpenAsync(IPage page) => page.Locator("details.solution").EvaluateAsync<bool>("d => d.open");

    [Fact]
    public async Task Hints_open_one_at_a_time_and_the_solution_waits_for_show_solution()
    {
        var (page, errors) = await OpenAsync();
        await page.GotoAsync(Problem);

        await Expect(HintSummaries(page).Nth(0)).ToHaveTextAsync("Hint 1 of 3");
        Assert.Equal(new[] { true, false, false }, await HintSummaries(page).EvaluateAllAsync<bool[]>("s => s.map(e => e.checkVisibility())"));
        await HintSummaries(page).Nth(0).ClickAsync();
        await Expect(HintSummaries(page).Nth(1)).ToHaveTextAsync("Hint 2 of 3");
        await Expect(HintSummaries(page).Nth(2)).ToBeHiddenAsync();
        // Closing a hint again does not take back the next one.
        await HintSummaries(page).Nth(0).ClickAsync();
        await Expect(HintSummaries(page).Nth(1)).ToBeVisibleAsync();

        Assert.False(await SolutionOpenAsync(page));
        var show = page.Locator("details.solution > summary");
        await Expect(show).ToHaveTextAsync("Show solution", new() { UseInnerText = true });
        await Expect(page.Locator(".solution .prose")).ToBeHiddenAsync();
        await Expect(page.Locator("#complexity")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Run", Exact = true })).ToBeHiddenAsync();
        await show.ClickAsync();
        await Expect(show).ToHaveTextAsync("Hide solution", new() { UseInnerText = true });
        await Expect(page.Locator("#complexity")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Run", Exact = true })).ToBeVisibleAsync();
        ConsoleErrors.AssertNone(errors);
    }

    [Fact]
    public async Task Always_show_solutions_is_remembered_across_pages_and_reloads()
    {
        var (page, errors) = await OpenAsync();
        await page.GotoAsync(Problem);
        var always = page.GetByLabel("Always show solutions");
        Assert.False(await always.IsCheckedAsync());

        await always.CheckAsync();
        Assert.True(await SolutionOpenAsync(page));
        await page.GotoAsync("/problems/three-sum/");
        Assert.True(await SolutionOpenAsync(page));
        Assert.True(await always.IsCheckedAsync());
        await page.GotoAsync("/problems/design-url-shortener/");
        Assert.True(await SolutionOpenAsync(page));
        await Expect(page.Locator("#design")).ToBeVisibleAsync();

        await always.UncheckAsync();
        Assert.False(await SolutionOpenAsync(page));
        await page.ReloadAsync();
        Assert.False(await SolutionOpenAsync(page));
        ConsoleErrors.AssertNone(errors);
    }

    [Fact]
    public async Task A_link_into_the_closed_solution_opens_it()
    {
        var (page, errors) = await OpenAsync();
        await page.GotoAsync(Problem + "#code");
        Assert.True(await SolutionOpenAsync(page));
        await Expect(page.Locator("#code")).ToBeInViewportAsync();

        await page.GotoAsync("/problems/design-url-shortener/");
        Assert.False(await SolutionOpenAsync(page));
        await page.Locator(".toc a[href='#scaling']").First.DispatchEventAsync("click");
        await Expect(page.Locator("#scaling")).ToBeVisibleAsync();
        Assert.True(await SolutionOpenAsync(page));
        ConsoleErrors.AssertNone(errors);
    }

    [Fact]
    public async Task Without_javascript_the_native_details_keep_everything_reachable()
    {
        var page = await OpenWithoutJavaScriptAsync();
        await page.GotoAsync(Problem);

        await HintSummaries(page).Nth(0).ClickAsync();
        await HintSummaries(page).Nth(1).ClickAsync();
        await HintSummaries(page).Nth(2).ClickAsync();
        await Expect(page.Locator(".hint .prose").Nth(2)).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Always show solutions")).ToBeHiddenAsync();
        await page.Locator("details.solution > summary").ClickAsync();
        await Expect(page.Locator("#complexity")).ToBeVisibleAsync();
        // The Practice section is its plain markup: the starter and the tests, each behind a summary.
        await page.GetByText("Starter: solution.go").ClickAsync();
        await Expect(page.Locator("pre[data-practice-file=starter]")).ToBeVisibleAsync();
        await page.GetByText("Tests: two_sum_test.go").ClickAsync();
        await Expect(page.Locator("pre[data-practice-file=tests]")).ToContainTextAsync("func TestTwoSum(t *testing.T)");
    }

    [Fact]
    public async Task Print_shows_every_hint_and_the_solution_but_not_the_practice_controls()
    {
        var (page, _) = await OpenAsync();
        await page.GotoAsync(Problem);
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.All(await page.Locator(".hint .prose").EvaluateAllAsync<bool[]>("a => a.map(e => e.checkVisibility())"), Assert.True);
        await Expect(page.Locator(".solution .prose")).ToBeVisibleAsync();
        await Expect(page.Locator("#complexity")).ToBeVisibleAsync();
        await Expect(page.Locator("details.solution > summary")).ToBeHiddenAsync();
        await Expect(page.Locator(".practice")).ToBeHiddenAsync();
        await Expect(page.Locator(".solution-preference")).ToBeHiddenAsync();
    }

    [Fact]
    public void Search_indexes_the_prompt_of_a_question_but_never_its_hints_or_solution()
    {
        var parser = new HtmlParser();
        var questions = Directory.GetDirectories(Path.Combine(Site.OutputPath, "problems"));
        Assert.NotEmpty(questions);
        Assert.All(questions, folder =>
        {
            var page = parser.ParseDocument(File.ReadAllText(Path.Combine(folder, "index.html")));
            var body = page.QuerySelector("[data-pagefind-body]")!;
            Assert.Null(body.QuerySelector(".prompt")!.Closest("[data-pagefind-ignore]"));
            Assert.All(body.QuerySelectorAll(".hints, .answer, details.solution, .practice"), part => Assert.NotNull(part.Closest("[data-pagefind-ignore]")));
            Assert.NotNull(page.QuerySelector("details.solution:not([open])"));
        });
    }
}
