using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.Playwright;
using StudyGuide.Cli.Serving;
using StudyGuide.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StudyGuide.Tests.Search;

/// <summary>
/// The search box and the search page in Chromium, on the real guide built with its Pagefind
/// index and served on 127.0.0.1. Expected pages are read from the built site, not written here.
/// </summary>
public sealed class SearchBrowserTests(BuiltSite site, Browser browser) : IClassFixture<BuiltSite>, IClassFixture<Browser>
{
    private const string Options = "#search-listbox [role=option]";

    /// <summary>Generous: the machine may be busy, and a first search loads Pagefind's WebAssembly.</summary>
    private const float Wait = 30_000;

    private static readonly HtmlParser Parser = new();

    /// <summary>
    /// Runs a test against a fresh server and page; fails on any console error, uncaught exception
    /// or failed request, unless the test makes requests fail on purpose.
    /// </summary>
    private async Task WithPage(Func<IPage, Task> test, bool failsRequests = false)
    {
        await using var server = await SiteServer.StartAsync(new SiteServerOptions(site.OutputPath, Port: 0));
        var (context, page, errors) = await browser.NewPageAsync(server.Address);
        try
        {
            page.SetDefaultTimeout(Wait);
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
            await test(page);
            if (!failsRequests)
            {
                Assert.Empty(failed);
                Assert.Empty(errors);
            }
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private static string PathOf(string href) => new Uri(new Uri("http://site"), href).AbsolutePath;

    private static async Task<List<string>> OptionPaths(IPage page) =>
        (await page.Locator(Options).EvaluateAllAsync<string[]>("options => options.map(o => o.getAttribute('data-href'))")).Select(PathOf).ToList();

    private static async Task TypeInHeader(IPage page, string text)
    {
        var box = page.Locator("#search-input");
        await box.ClickAsync();
        await box.PressSequentiallyAsync(text);
        await Expect(page.Locator(".site-header .search-status")).ToContainTextAsync($"for “{text}”", new() { Timeout = Wait });
    }

    /// <summary>Question pages of the built site whose difficulty badge says <paramref name="difficulty"/>, optionally with a topic.</summary>
    private SortedSet<string> QuestionPages(string difficulty, string? topic = null)
    {
        var pages = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var folder in Directory.GetDirectories(Path.Combine(site.OutputPath, "problems")))
        {
            var url = $"/problems/{Path.GetFileName(folder)}/";
            var document = Parser.ParseDocument(site.Read(url));
            var badge = document.QuerySelector("article.question .question-meta .badge")?.TextContent.Trim();
            var topics = document.QuerySelectorAll("article.question .question-meta a.topic").Select(a => a.GetAttribute("data-pagefind-filter")!["topic:".Length..]);
            if (badge == difficulty && (topic is null || topics.Contains(topic)))
            {
                pages.Add(url);
            }
        }
        return pages;
    }

    [Fact]
    public Task Slash_focuses_the_search_box() => WithPage(async page =>
    {
        await page.GotoAsync("/chapters/coding-patterns/");
        await page.Keyboard.PressAsync("/");
        Assert.Equal("search-input", await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.Equal("", await page.InputValueAsync("#search-input"));
    });

    [Fact]
    public Task Options_hold_no_interactive_content_and_a_click_opens_the_result() => WithPage(async page =>
    {
        await page.GotoAsync("/");
        await TypeInHeader(page, "anagram");
        Assert.Equal(0, await page.Locator($"{Options} a, {Options} button, {Options} input, {Options} [tabindex]").CountAsync());
        Assert.Equal("search-listbox", await page.GetAttributeAsync("#search-input", "aria-controls"));
        Assert.Equal("combobox", await page.GetAttributeAsync("#search-input", "role"));
        var first = (await OptionPaths(page))[0];
        await page.Locator(Options).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"^[^?]*{Regex.Escape(first)}\\?highlight=anagram$"), new() { Timeout = Wait });
    });

    [Fact]
    public Task The_header_search_box_is_one_tab_stop() => WithPage(async page =>
    {
        await page.GotoAsync("/chapters/coding-patterns/");
        for (var i = 0; i < 20 && await page.EvaluateAsync<string>("document.activeElement.id") != "search-input"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Equal("search-input", await page.EvaluateAsync<string>("document.activeElement.id"));
        // Passing through, the box opens nothing; the next Tab leaves the search form.
        Assert.True(await page.Locator("#search-panel").IsHiddenAsync());
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("!document.activeElement.closest('.search-form')"),
            await page.EvaluateAsync<string>("document.activeElement.outerHTML"));
        // "/" still goes to the box.
        await page.Keyboard.PressAsync("/");
        Assert.Equal("search-input", await page.EvaluateAsync<string>("document.activeElement.id"));
    });

    [Fact]
    public Task Anagram_lists_the_group_anagrams_problem_first_with_a_highlighted_excerpt() => WithPage(async page =>
    {
        await page.GotoAsync("/");
        await TypeInHeader(page, "anagram");
        var paths = await OptionPaths(page);
        Assert.Equal("/problems/group-anagrams/", paths[0]);
        Assert.Equal("true", await page.GetAttributeAsync("#search-input", "aria-expanded"));
        var first = page.Locator(Options).First;
        await Expect(first.Locator("mark").First).ToContainTextAsync("anagram", new() { IgnoreCase = true, Timeout = Wait });
        await Expect(first.Locator(".badge")).ToHaveTextAsync("Medium", new() { Timeout = Wait });
    });

    [Fact]
    public Task Enter_opens_the_first_result_and_the_page_highlights_the_terms() => WithPage(async page =>
    {
        await page.GotoAsync("/topics/");
        await TypeInHeader(page, "anagram");
        var first = (await OptionPaths(page))[0];
        await page.Keyboard.PressAsync("Enter");
        // An assertion that polls the URL: WaitForURLAsync can miss a navigation that a script
        // starts from a key handler (seen as a timeout while the new page was complete).
        await Expect(page).ToHaveURLAsync(new Regex($"^[^?]*{Regex.Escape(first)}\\?highlight=anagram$"), new() { Timeout = Wait });
        await Expect(page.Locator("article mark.search-highlight").First).ToContainTextAsync("anagram", new() { IgnoreCase = true, Timeout = Wait });
    });

    [Fact]
    public Task Enter_without_a_result_opens_the_search_page_with_the_query_and_the_chips() => WithPage(async page =>
    {
        await page.GotoAsync("/");
        await page.Locator("#search-input").ClickAsync();
        await page.Locator("#search-panel button.chip", new() { HasText = "Hard" }).ClickAsync();
        // A word no hard page has, nor any of its prefixes: Pagefind answers an unknown word with the words it starts with ("z" would find the alien dictionary).
        await TypeInHeader(page, "qxzjkv");
        await page.Keyboard.PressAsync("Enter");
        // Each filter once, however often the form has been submitted (it adds nothing to itself).
        await Expect(page).ToHaveURLAsync(new Regex(@"/search/\?q=qxzjkv&difficulty=hard$"), new() { Timeout = Wait });
        // The search page checks its filters from the address once its script has run: wait for it, not a snapshot.
        await Expect(page.Locator("input[name=difficulty][value=hard]")).ToBeCheckedAsync(new() { Timeout = Wait });
    });

    [Fact]
    public Task Arrow_keys_move_through_results_and_Escape_closes_the_list() => WithPage(async page =>
    {
        await page.GotoAsync("/");
        await TypeInHeader(page, "goroutine");
        var paths = await OptionPaths(page);
        Assert.True(paths.Count >= 2, $"only {paths.Count} options");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("search-option-1", await page.GetAttributeAsync("#search-input", "aria-activedescendant"));
        Assert.Equal("true", await page.GetAttributeAsync("#search-option-1", "aria-selected"));
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal("search-option-0", await page.GetAttributeAsync("#search-input", "aria-activedescendant"));

        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator("#search-panel")).ToBeHiddenAsync(new() { Timeout = Wait });
        Assert.Equal("false", await page.GetAttributeAsync("#search-input", "aria-expanded"));
    });

    [Fact]
    public Task Hard_chip_leaves_only_hard_results_also_without_a_query() => WithPage(async page =>
    {
        var hard = QuestionPages("hard");
        await page.GotoAsync("/");
        await page.Locator("#search-input").ClickAsync();
        await page.Locator("#search-panel button.chip", new() { HasText = "Hard" }).ClickAsync();
        await Expect(page.Locator(".site-header .search-status")).ToContainTextAsync($"{hard.Count} result", new() { Timeout = Wait });
        var paths = await OptionPaths(page);
        Assert.NotEmpty(paths);
        Assert.All(paths.Select(p => p.Split('#')[0]), p => Assert.Contains(p, hard));

        // Combined with a query, the chip still applies: every result is hard and matches the words.
        await page.Locator("#search-input").PressSequentiallyAsync("tree");
        await Expect(page.Locator(".site-header .search-status")).ToContainTextAsync("for “tree”", new() { Timeout = Wait });
        paths = await OptionPaths(page);
        Assert.NotEmpty(paths);
        Assert.All(paths.Select(p => p.Split('#')[0]), p => Assert.Contains(p, hard));
    });

    [Fact]
    public Task Search_page_filters_combine_all_hard_graph_problems() => WithPage(async page =>
    {
        var expected = QuestionPages("hard", "graphs");
        Assert.NotEmpty(expected);
        await page.GotoAsync("/search/?difficulty=hard&topic=graphs");
        await Expect(page.Locator(".search-page .search-status")).ToContainTextAsync($"{expected.Count} result", new() { Timeout = Wait });
        await Expect(page.Locator(".search-page-results > li")).ToHaveCountAsync(Math.Min(expected.Count, 10), new() { Timeout = Wait });
        var found = await page.Locator(".search-page-results > li > a:first-child").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.All(found.Select(PathOf), path => Assert.Contains(path, expected));
        Assert.True(await page.IsCheckedAsync("input[name=difficulty][value=hard]"));
        Assert.True(await page.IsCheckedAsync("input[name=topic][value=graphs]"));
    });

    [Fact]
    public Task Search_page_shows_results_on_load_and_back_returns_to_them() => WithPage(async page =>
    {
        await page.GotoAsync("/search/?q=goroutine");
        Assert.Equal("goroutine", await page.InputValueAsync("#search-page-input"));
        var results = page.Locator(".search-page-results > li");
        await Expect(results.First).ToBeVisibleAsync(new() { Timeout = Wait });
        await Expect(page.Locator(".search-page .search-status")).ToContainTextAsync("for “goroutine”", new() { Timeout = Wait });
        await Expect(results.First.Locator("mark").First).ToContainTextAsync("goroutine", new() { IgnoreCase = true, Timeout = Wait });
        var first = await results.First.Locator("a").First.GetAttributeAsync("href");

        // Ticking a filter is a history entry of its own; Back undoes it, and Back from a result returns here.
        await page.Locator("label.chip", new() { HasText = "Easy" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("difficulty=easy"), new() { Timeout = Wait });
        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/search/\\?q=goroutine$"), new() { Timeout = Wait });
        Assert.False(await page.IsCheckedAsync("input[name=difficulty][value=easy]"));
        // The unfiltered results are back (not the filtered ones still on screen while the query reruns).
        await Expect(results.First.Locator("a").First).ToHaveAttributeAsync("href", first!, new() { Timeout = Wait });

        await results.First.Locator("a").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"^[^?]*{Regex.Escape(PathOf(first!))}\\?"), new() { Timeout = Wait });
        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/search/\\?q=goroutine$"), new() { Timeout = Wait });
        await Expect(results.First).ToBeVisibleAsync(new() { Timeout = Wait });
    });

    [Theory]
    [InlineData("anagarm", "/problems/group-anagrams/")]
    [InlineData("goroutnie", "/problems/goroutines-vs-threads/")]
    public Task A_misspelled_query_still_reaches_the_right_page(string typed, string expected) => WithPage(async page =>
    {
        await page.GotoAsync("/");
        await TypeInHeader(page, typed);
        Assert.Contains(expected, await OptionPaths(page));
        await Expect(page.Locator(".site-header .search-status")).ToContainTextAsync("Showing results for", new() { Timeout = Wait });

        await page.GotoAsync("/search/?q=" + typed);
        await Expect(page.Locator(".search-page-results > li").First).ToBeVisibleAsync(new() { Timeout = Wait });
        var hrefs = await page.Locator(".search-page-results > li > a:first-child").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains(expected, hrefs.Select(PathOf));
    });

    private static ILocator PageResults(IPage page) => page.Locator(".search-page-results > li");

    private static Task<string[]> PageResultLinks(IPage page) =>
        page.Locator(".search-page-results > li > a:first-child").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");

    /// <summary>The search page for a query with more than one page of results, its first page shown.</summary>
    private static async Task OpenManyResults(IPage page)
    {
        await page.GotoAsync("/search/?q=goroutine");
        await Expect(page.Locator(".search-page .search-status")).ToContainTextAsync("(10 shown)", new() { Timeout = Wait });
        await Expect(PageResults(page)).ToHaveCountAsync(10, new() { Timeout = Wait });
    }

    [Fact]
    public Task Show_more_appends_the_next_results() => WithPage(async page =>
    {
        await OpenManyResults(page);
        var first = await PageResultLinks(page);
        await page.Locator(".search-more").ClickAsync();
        await Expect(PageResults(page)).ToHaveCountAsync(20, new() { Timeout = Wait });
        await Expect(page.Locator(".search-page .search-status")).ToContainTextAsync("(20 shown)", new() { Timeout = Wait });
        var all = await PageResultLinks(page);
        Assert.Equal(first, all[..10]);
        Assert.Equal(all.Length, all.Distinct().Count());
    });

    [Fact]
    public Task Show_more_that_fails_to_load_says_so_and_works_when_tried_again() => WithPage(async page =>
    {
        await OpenManyResults(page);
        await page.RouteAsync("**/pagefind/fragment/**", route => route.AbortAsync());
        await page.Locator(".search-more").ClickAsync();
        await Expect(page.Locator(".search-page .search-status")).ToContainTextAsync("More results could not be loaded", new() { Timeout = Wait });
        await Expect(PageResults(page)).ToHaveCountAsync(10);
        await Expect(page.Locator(".search-more")).ToBeEnabledAsync();

        await page.UnrouteAsync("**/pagefind/fragment/**");
        await page.Locator(".search-more").ClickAsync();
        await Expect(PageResults(page)).ToHaveCountAsync(20, new() { Timeout = Wait });
        await Expect(page.Locator(".search-page .search-status")).ToContainTextAsync("(20 shown)", new() { Timeout = Wait });
    }, failsRequests: true);

    [Fact]
    public Task Show_more_for_a_query_that_was_replaced_adds_nothing() => WithPage(async page =>
    {
        await OpenManyResults(page);
        // Part of the next page's fragments answer late: after the next query's results are shown.
        // Only two are held, so that Chromium's six connections per host still serve the next query.
        var held = new TaskCompletionSource();
        var heldRequests = new List<IRequest>();
        await page.RouteAsync("**/pagefind/fragment/**", async route =>
        {
            bool hold;
            lock (heldRequests)
            {
                hold = heldRequests.Count < 2;
                if (hold)
                {
                    heldRequests.Add(route.Request);
                }
            }
            if (hold)
            {
                await held.Task;
            }
            await route.ContinueAsync();
        });
        var asked = page.WaitForRequestAsync(new Regex("/pagefind/fragment/"));
        await page.Locator(".search-more").ClickAsync();
        await asked;

        await page.Locator("#search-page-input").FillAsync("anagram");
        await page.Locator("#search-page-input").PressAsync("Enter");
        await Expect(page.Locator(".search-page .search-status")).ToContainTextAsync("for “anagram”", new() { Timeout = Wait });
        var shown = await PageResultLinks(page);
        Assert.NotEmpty(shown);

        held.SetResult();
        IRequest[] late;
        lock (heldRequests)
        {
            late = [.. heldRequests];
        }
        foreach (var request in late)
        {
            Assert.NotNull(await request.ResponseAsync());
        }
        // Nothing on the page signals that late results were dropped: give the script time to
        // (wrongly) show them, far more than decoding ten fragments takes.
        await page.WaitForTimeoutAsync(1000);
        Assert.Equal(shown, await PageResultLinks(page));
        await Expect(page.Locator(".search-page .search-status")).ToContainTextAsync("for “anagram”");
    });
}
