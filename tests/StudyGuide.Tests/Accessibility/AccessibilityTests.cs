using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using StudyGuide.Cli.Serving;
using StudyGuide.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StudyGuide.Tests.Accessibility;

/// <summary>
/// axe-core audits of each page type in light and dark mode (WCAG 2.1 AA rules, contrast included),
/// plus keyboard basics: the skip link is the first tab stop and focus is visible.
/// </summary>
public sealed class AccessibilityTests(BuiltSite site, Infrastructure.Browser browser) : IClassFixture<BuiltSite>, IClassFixture<Infrastructure.Browser>
{
    /// <summary>One page of every type. "/search/?q=anagram" waits for its results; "#dropdown" types in the header box and audits the open list.</summary>
    private static readonly string[] PageTypes =
    [
        "/",
        "/chapters/coding-patterns/",
        "/chapters/",
        "/problems/two-sum/",
        "/problems/select-statement/",
        "/problems/design-url-shortener/",
        "/problems/greatest-weakness/",
        "/banks/coding/",
        "/checklists/interview-success/",
        "/checklists/",
        "/problems/",
        "/topics/",
        "/progress/",
        "/review/",
        "/mock/",
        "/print/",
        "/print/checklists/",
        "/404.html",
        "/search/",
        "/search/?q=anagram",
        "/topics/#dropdown",
    ];

    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var url in PageTypes)
        {
            data.Add(url, "light");
            data.Add(url, "dark");
        }
        return data;
    }

    private const float Wait = 30_000;

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_axe_violations(string url, string scheme)
    {
        await using var server = await SiteServer.StartAsync(new SiteServerOptions(site.OutputPath, Port: 0));
        var (context, page, _) = await browser.NewPageAsync(server.Address);
        await using var _ = context;
        await page.EmulateMediaAsync(new() { ColorScheme = scheme == "dark" ? Microsoft.Playwright.ColorScheme.Dark : Microsoft.Playwright.ColorScheme.Light });
        var dropdown = url.EndsWith("#dropdown", StringComparison.Ordinal);
        await page.GotoAsync(dropdown ? url[..^"#dropdown".Length] : url);
        if (dropdown)
        {
            // The open list with results, a highlighted option and the chips.
            await page.Locator("#search-input").ClickAsync();
            await page.Locator("#search-input").PressSequentiallyAsync("anagram");
            await Expect(page.Locator(".site-header .search-status")).ToContainTextAsync("for “anagram”", new() { Timeout = Wait });
            await page.Keyboard.PressAsync("ArrowDown");
            await Expect(page.Locator("#search-option-0")).ToHaveAttributeAsync("aria-selected", "true");
        }
        else if (url.StartsWith("/search/?", StringComparison.Ordinal))
        {
            await Expect(page.Locator(".search-page-results > li mark").First).ToBeVisibleAsync(new() { Timeout = Wait });
            await Expect(page.Locator("[data-count-for]:not(:empty)").First).ToBeAttachedAsync(new() { Timeout = Wait });
        }

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        var violations = result.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes: {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))})");
        Assert.True(result.Violations.Length == 0, $"{url} ({scheme}):\n" + string.Join("\n", violations));
    }

    [Fact]
    public async Task Skip_link_is_the_first_tab_stop_and_moves_focus_to_main()
    {
        await using var server = await SiteServer.StartAsync(new SiteServerOptions(site.OutputPath, Port: 0));
        var (context, page, errors) = await browser.NewPageAsync(server.Address);
        await using var _ = context;
        await page.GotoAsync("/problems/two-sum/");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        Assert.True(await page.EvaluateAsync<bool>("getComputedStyle(document.activeElement).outlineStyle !== 'none' || document.activeElement.getBoundingClientRect().top >= 0"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.Empty(errors);
    }
}
