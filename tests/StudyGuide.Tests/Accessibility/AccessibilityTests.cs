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
        await page.EmulateMediaAsync(new() { ColorScheme = Scheme(scheme) });
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

        // The print page holds every program of the guide: its code blocks are the same markup and token
        // classes as a question page's (Code_tokens_of_the_print_page_are_audited_on_pages_of_their_own).
        var violations = await AxeAudit.ViolationsAsync(page, Scheme(scheme), url == PrintPage ? [CodeBlocks] : []);
        Assert.True(violations.Count == 0, $"{url} ({scheme}):\n" + string.Join("\n", violations));
    }

    private const string PrintPage = "/print/";

    private const string CodeBlocks = "pre";

    private static Microsoft.Playwright.ColorScheme Scheme(string name) => name == "dark" ? Microsoft.Playwright.ColorScheme.Dark : Microsoft.Playwright.ColorScheme.Light;

    /// <summary>
    /// What lets the print page's colour audit skip its code blocks: every token class in them is on a
    /// page audited in full, in light and dark.
    /// </summary>
    [Fact]
    public void Code_tokens_of_the_print_page_are_audited_on_pages_of_their_own()
    {
        var audited = PageTypes.Where(u => u != PrintPage && !u.Contains('?') && !u.Contains('#'))
            .SelectMany(u => TokenClasses(site.Read(u)))
            .ToHashSet(StringComparer.Ordinal);
        var printed = TokenClasses(site.Read(PrintPage)).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(printed);
        Assert.Subset(audited, printed);
    }

    private static IEnumerable<string> TokenClasses(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, @"class=""(tok-[a-z-]+)""").Select(m => m.Groups[1].Value);

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
