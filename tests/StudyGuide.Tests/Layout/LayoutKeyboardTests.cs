using AngleSharp.Html.Parser;
using Microsoft.Playwright;
using StudyGuide.Cli.Serving;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Layout;

/// <summary>
/// The sidebar, the phone menu and the theme switch with the keyboard only (focus always visible), and
/// what works without JavaScript: the menu link jumps to the sidebar, the switch stays hidden.
/// </summary>
public sealed class LayoutKeyboardTests(BuiltSite site, Infrastructure.Browser browser) : IClassFixture<BuiltSite>, IClassFixture<Infrastructure.Browser>
{
    private const string FocusVisible =
        "(() => { const e = document.activeElement; const s = getComputedStyle(e); return e !== document.body && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2; })()";

    private async Task<(SiteServer Server, IBrowserContext Context, IPage Page)> OpenAsync(int width, bool javaScript = true)
    {
        var server = await SiteServer.StartAsync(new SiteServerOptions(site.OutputPath, Port: 0));
        var context = await browser.Instance.NewContextAsync(new()
        {
            BaseURL = server.Address,
            ViewportSize = new() { Width = width, Height = 900 },
            JavaScriptEnabled = javaScript,
        });
        return (server, context, await context.NewPageAsync());
    }

    private static async Task TabUntilAsync(IPage page, string selector, int limit = 40)
    {
        for (var i = 0; i < limit; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>($"document.activeElement.matches({System.Text.Json.JsonSerializer.Serialize(selector)})"))
            {
                return;
            }
        }
        Assert.Fail($"{selector} not reached in {limit} tab stops");
    }

    [Fact]
    public async Task Phone_menu_opens_and_closes_with_the_keyboard()
    {
        var (server, context, page) = await OpenAsync(390);
        await using var _ = server;
        await using var __ = context;
        await page.GotoAsync("/problems/two-sum/");
        Assert.False(await page.IsVisibleAsync("#site-nav"));

        await TabUntilAsync(page, "[data-menu-link]", 4);
        Assert.True(await page.EvaluateAsync<bool>(FocusVisible));
        Assert.Equal("false", await page.GetAttributeAsync("[data-menu-link]", "aria-expanded"));
        await page.Keyboard.PressAsync("Enter");

        Assert.True(await page.IsVisibleAsync("#site-nav"));
        Assert.Equal("true", await page.GetAttributeAsync("[data-menu-link]", "aria-expanded"));
        Assert.True(await page.EvaluateAsync<bool>("document.getElementById('site-nav').contains(document.activeElement)"));
        Assert.True(await page.EvaluateAsync<bool>(FocusVisible));
        // The current page is marked in the menu, inside its open group.
        Assert.Equal("Two Sum", (await page.Locator("#site-nav [aria-current=page]").TextContentAsync())?.Trim());
        Assert.True(await page.Locator("#site-nav [aria-current=page]").IsVisibleAsync());

        await page.Keyboard.PressAsync("Escape");
        Assert.False(await page.IsVisibleAsync("#site-nav"));
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.matches('[data-menu-link]')"));
    }

    [Fact]
    public async Task Sidebar_groups_fold_and_links_are_reached_with_the_keyboard()
    {
        var (server, context, page) = await OpenAsync(1366);
        await using var _ = server;
        await using var __ = context;
        await page.GotoAsync("/chapters/coding-patterns/");
        Assert.True(await page.IsVisibleAsync("#site-nav"));
        Assert.Equal("Coding patterns", (await page.Locator("#site-nav [aria-current=page]").TextContentAsync())?.Trim());

        // The first closed group (a bank): open it with Enter, then Tab reaches its first link.
        var summary = page.Locator("#site-nav details:not([open]) > summary").First;
        var title = (await summary.TextContentAsync())!.Trim();
        await TabUntilAsync(page, "#site-nav details:not([open]) > summary");
        Assert.Equal(title, (await page.EvaluateAsync<string>("document.activeElement.textContent")).Trim());
        Assert.True(await page.EvaluateAsync<bool>(FocusVisible));
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.parentElement.open"));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("A", await page.EvaluateAsync<string>("document.activeElement.tagName"));
        Assert.True(await page.EvaluateAsync<bool>(FocusVisible));
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.closest('details').open && document.activeElement.getBoundingClientRect().height > 0"));
    }

    [Fact]
    public async Task Theme_switch_is_used_with_the_keyboard_and_remembered_without_a_flash()
    {
        var (server, context, page) = await OpenAsync(1366);
        await using var _ = server;
        await using var __ = context;
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        await page.GotoAsync("/");
        var lightBackground = await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");

        await TabUntilAsync(page, "#theme-select");
        Assert.True(await page.EvaluateAsync<bool>(FocusVisible));
        Assert.Equal("Color theme", await page.EvaluateAsync<string>("document.activeElement.labels[0].textContent"));
        await page.Keyboard.PressAsync("ArrowDown"); // light
        await page.Keyboard.PressAsync("ArrowDown"); // dark
        Assert.Equal("dark", await page.InputValueAsync("#theme-select"));
        Assert.Equal("dark", await page.EvaluateAsync<string>("document.documentElement.dataset.theme"));
        Assert.Equal("dark", await page.EvaluateAsync<string>("localStorage.getItem('studyguide:theme')"));
        var darkBackground = await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        Assert.NotEqual(lightBackground, darkBackground);

        // The next page is dark from its first paint: the head script sets data-theme before the body is parsed.
        await page.AddInitScriptAsync("document.addEventListener('readystatechange', () => { if (document.readyState === 'interactive' && !window.__firstTheme) window.__firstTheme = document.documentElement.dataset.theme || 'none'; });");
        await page.GotoAsync("/problems/two-sum/");
        Assert.Equal("dark", await page.EvaluateAsync<string>("window.__firstTheme"));
        Assert.Equal(darkBackground, await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
        Assert.Equal("dark", await page.InputValueAsync("#theme-select"));

        // Back to the system's choice: the stored value goes.
        await page.SelectOptionAsync("#theme-select", "system");
        Assert.Null(await page.EvaluateAsync<string?>("localStorage.getItem('studyguide:theme')"));
        Assert.Null(await page.EvaluateAsync<string?>("document.documentElement.dataset.theme ?? null"));
    }

    [Fact]
    public async Task On_this_page_stands_beside_a_question_and_marks_the_section_being_read()
    {
        var (server, context, page) = await OpenAsync(1366);
        await using var _ = server;
        await using var __ = context;
        await page.GotoAsync("/problems/lru-cache/");
        var toc = page.Locator("nav.toc[aria-labelledby=toc-title]");
        Assert.True(await toc.Locator("a[href='#code']").IsVisibleAsync());
        Assert.Equal("#prompt", await toc.Locator("a[aria-current=location]").GetAttributeAsync("href"));

        // The code is part of the solution, which opens on request.
        await page.Locator("details.solution > summary").ClickAsync();
        await page.EvaluateAsync("document.getElementById('code').scrollIntoView({ block: 'start' })");
        // A function, not an expression: Playwright polls an expression with eval, which the site's CSP refuses.
        await page.WaitForFunctionAsync("() => document.querySelector('nav.toc a[aria-current=location]')?.getAttribute('href') === '#code'");
        // Every entry leads to a heading of the page.
        foreach (var href in await toc.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
        {
            Assert.Equal(1, await page.Locator(href).CountAsync());
        }
    }

    [Fact]
    public void Theme_script_is_a_small_synchronous_classic_script_before_the_stylesheet()
    {
        var page = new HtmlParser().ParseDocument(site.Read("/"));
        var first = page.Head!.QuerySelector("script")!;
        Assert.Null(first.GetAttribute("defer"));
        Assert.Null(first.GetAttribute("async"));
        Assert.Null(first.GetAttribute("type"));
        Assert.Matches("^/assets/theme-init\\.[0-9a-f]{10}\\.js$", first.GetAttribute("src"));
        Assert.True(first.CompareDocumentPosition(page.Head.QuerySelector("link[rel=stylesheet]")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
        Assert.True(new FileInfo(site.PathOf(first.GetAttribute("src")!)).Length < 1024);
    }

    [Fact]
    public async Task Without_javascript_the_menu_link_shows_the_sidebar_and_the_switch_stays_hidden()
    {
        var (server, context, page) = await OpenAsync(390, javaScript: false);
        await using var _ = server;
        await using var __ = context;
        await page.GotoAsync("/chapters/coding-patterns/");
        Assert.False(await page.IsVisibleAsync("#theme-select"));
        Assert.False(await page.IsVisibleAsync("#site-nav"));

        await page.ClickAsync("[data-menu-link]");
        Assert.True(await page.IsVisibleAsync("#site-nav"));
        Assert.Equal("Coding patterns", (await page.Locator("#site-nav [aria-current=page]").TextContentAsync())?.Trim());
        // Groups fold without JavaScript too.
        var open = await page.Locator("#site-nav details[open]").CountAsync();
        await page.Locator("#site-nav details:not([open]) > summary").First.ClickAsync();
        Assert.Equal(open + 1, await page.Locator("#site-nav details[open]").CountAsync());
    }
}
