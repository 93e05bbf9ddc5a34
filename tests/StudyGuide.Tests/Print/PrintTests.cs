using AngleSharp.Html.Parser;
using Microsoft.Playwright;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Print;

/// <summary>
/// Printing in headless Chromium: every shipped checklist fits on exactly one A4 page and one
/// US Letter page, the print-all pages start each part on a new page, and print media shows
/// hints and answers while hiding the site's controls.
/// </summary>
public sealed class PrintTests(BuiltSite site, Infrastructure.Browser browser) : ServedSiteTest(site, browser)
{
    public static readonly TheoryData<string> Papers = new() { "A4", "Letter" };

    /// <summary>Checklist page URLs, read from the built /checklists/ index so new checklists are covered.</summary>
    private IReadOnlyList<string> ChecklistUrls() => new HtmlParser().ParseDocument(Site.Read("/checklists/"))
        .QuerySelectorAll("main .card a").Select(a => a.GetAttribute("href")!).ToList();

    private async Task<byte[]> PrintAsync(IPage page, string url, string paper)
    {
        await page.GotoAsync(url);
        return await page.PdfAsync(new PagePdfOptions { Format = paper });
    }

    [Theory]
    [MemberData(nameof(Papers))]
    public async Task Every_checklist_prints_on_exactly_one_page(string paper)
    {
        var (page, errors) = await OpenAsync();
        var urls = ChecklistUrls();
        Assert.True(urls.Count >= 8, $"only {urls.Count} checklists found");

        var pages = new Dictionary<string, int>();
        foreach (var url in urls)
        {
            pages[url] = PdfDocument.PageCount(await PrintAsync(page, url, paper));
        }
        Assert.True(pages.Values.All(p => p == 1), $"{paper}: " + string.Join(", ", pages.Select(p => $"{p.Key} {p.Value} pages")));
        ConsoleErrors.AssertNone(errors);
    }

    [Theory]
    [MemberData(nameof(Papers))]
    public async Task A_checklist_with_every_box_ticked_still_fits_one_page(string paper)
    {
        var (page, _) = await OpenAsync();
        var url = ChecklistUrls()[0];
        await page.GotoAsync(url);
        foreach (var box in await page.Locator("main input[type=checkbox]").AllAsync())
        {
            await box.CheckAsync();
        }
        Assert.Equal(1, PdfDocument.PageCount(await PrintAsync(page, url, paper)));
    }

    [Theory]
    [MemberData(nameof(Papers))]
    public async Task Print_all_checklists_gives_each_checklist_its_own_pages(string paper)
    {
        var (page, _) = await OpenAsync();
        var count = ChecklistUrls().Count;

        var pdf = await PrintAsync(page, "/print/checklists/", paper);

        Assert.Equal(count, await page.Locator("article.print-checklist").CountAsync());
        Assert.True(PdfDocument.PageCount(pdf) >= count, $"{PdfDocument.PageCount(pdf)} pages for {count} checklists");
        // Each checklist after the first starts a new page.
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var breaks = await page.Locator("article.print-checklist").EvaluateAllAsync<string[]>("a => a.map(e => getComputedStyle(e).breakBefore)");
        Assert.All(breaks.Skip(1), b => Assert.Equal("page", b));
    }

    [Fact]
    public async Task The_whole_guide_prints_every_chapter_and_bank_from_a_new_page()
    {
        var (page, errors) = await OpenAsync();
        var chapters = new HtmlParser().ParseDocument(Site.Read("/chapters/")).QuerySelectorAll("main .card a").Select(a => a.TextContent).ToList();

        var pdf = await PrintAsync(page, "/print/", "A4");

        var titles = await page.Locator("article.chapter.print-part .part-title").AllTextContentsAsync();
        Assert.Equal(chapters, titles);
        var parts = await page.Locator(".print-part").CountAsync();
        var questions = await page.Locator(".print-question").CountAsync();
        Assert.Equal(new HtmlParser().ParseDocument(Site.Read("/problems/")).QuerySelectorAll("tbody tr").Length, questions);
        Assert.True(PdfDocument.PageCount(pdf) > parts, $"{PdfDocument.PageCount(pdf)} pages for {parts} parts");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var breaks = await page.Locator(".print-part").EvaluateAllAsync<string[]>("a => a.map(e => getComputedStyle(e).breakBefore)");
        Assert.All(breaks, b => Assert.Equal("page", b));
        ConsoleErrors.AssertNone(errors);
    }

    [Fact]
    public async Task Print_media_hides_site_controls_and_shows_hints_answers_and_link_urls()
    {
        var (page, _) = await OpenAsync();
        await page.GotoAsync("/problems/two-sum/");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        foreach (var selector in new[] { ".site-header", ".search-form", ".runner-toolbar", ".progress-toggle", ".pager" })
        {
            Assert.False(await page.Locator(selector).First.IsVisibleAsync(), $"{selector} prints");
        }
        Assert.True(await page.Locator(".hint .prose").First.IsVisibleAsync(), "a closed hint does not print");
        Assert.True(await page.Locator(".solution .prose").IsVisibleAsync());
        Assert.True(await page.Locator(".expected-output pre").IsVisibleAsync(), "expected output does not print");
        Assert.True(await page.Locator(".site-footer .print-url").IsVisibleAsync());
        var wrap = await page.Locator(".code-runner pre.code").EvaluateAsync<string>("e => getComputedStyle(e).whiteSpace");
        Assert.Equal("pre-wrap", wrap);
        var colors = await page.EvaluateAsync<string[]>("() => [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor]");
        Assert.Equal(["rgb(0, 0, 0)", "rgb(255, 255, 255)"], colors);

        await page.GotoAsync("/chapters/career-development/");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var external = page.Locator("main .prose a[href^='http']").First;
        var href = await external.GetAttributeAsync("href");
        var after = await external.EvaluateAsync<string>("e => getComputedStyle(e, '::after').content");
        Assert.Contains(href!, after);
    }

    [Fact]
    public async Task Printing_opens_closed_details_and_closes_them_again_afterwards()
    {
        var (page, _) = await OpenAsync();
        await page.GotoAsync("/problems/two-sum/");
        // The hints and the solution are closed on arrival; the first hint is opened by the reader.
        await page.Locator("details.hint > summary").First.ClickAsync();
        var closed = page.Locator("details.hint:not([open]), details.solution");
        Assert.Equal(3, await closed.CountAsync());

        await page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");
        Assert.All(await closed.EvaluateAllAsync<bool[]>("a => a.map(d => d.open)"), Assert.True);
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('afterprint'))");
        Assert.All(await closed.EvaluateAllAsync<bool[]>("a => a.map(d => d.open)"), Assert.False);
        Assert.True(await page.Locator("details.hint").First.EvaluateAsync<bool>("d => d.open"), "the hint open before must stay open");
    }

    [Theory]
    [InlineData("/checklists/interview-success/")]
    [InlineData("/print/checklists/")]
    [InlineData("/print/")]
    public async Task The_print_button_opens_the_print_dialog(string url)
    {
        var (page, errors) = await OpenAsync();
        await page.AddInitScriptAsync("window.print = () => { window.printCalls = (window.printCalls || 0) + 1; };");
        await page.GotoAsync(url);

        await page.GetByRole(AriaRole.Button, new() { Name = "Print", Exact = true }).ClickAsync();

        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.printCalls"));
        ConsoleErrors.AssertNone(errors);
    }
}
