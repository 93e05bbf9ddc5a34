using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using StudyGuide.Cli.Serving;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Accessibility;

/// <summary>
/// axe-core audits of each page type in light and dark mode (WCAG 2.1 AA rules, contrast included),
/// plus keyboard basics: the skip link is the first tab stop and focus is visible.
/// </summary>
public sealed class AccessibilityTests(BuiltSite site, Infrastructure.Browser browser) : IClassFixture<BuiltSite>, IClassFixture<Infrastructure.Browser>
{
    public static TheoryData<string, string> Pages() => new()
    {
        { "/", "light" },
        { "/chapters/coding-patterns/", "light" },
        { "/chapters/coding-patterns/", "dark" },
        { "/problems/", "light" },
        { "/problems/two-sum/", "light" },
        { "/problems/two-sum/", "dark" },
        { "/problems/design-url-shortener/", "light" },
        { "/checklists/interview-success/", "dark" },
        { "/topics/", "light" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_axe_violations(string url, string scheme)
    {
        await using var server = await SiteServer.StartAsync(new SiteServerOptions(site.OutputPath, Port: 0));
        var (context, page, _) = await browser.NewPageAsync(server.Address);
        await using var _ = context;
        await page.EmulateMediaAsync(new() { ColorScheme = scheme == "dark" ? Microsoft.Playwright.ColorScheme.Dark : Microsoft.Playwright.ColorScheme.Light });
        await page.GotoAsync(url);

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        var violations = result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))})");
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
