using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Build;

/// <summary>The print pages, the progress page and the progress controls in the built guide.</summary>
public sealed class PrintAndProgressPagesTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private static readonly HtmlParser Parser = new();

    private IDocument Page(string url) => Parser.ParseDocument(site.Read(url));

    private IReadOnlyList<string> Links(string url, string selector) =>
        Page(url).QuerySelectorAll(selector).Select(a => a.GetAttribute("href")!).ToList();

    [Theory]
    [InlineData("/")]
    [InlineData("/chapters/final-tips/")]
    [InlineData("/problems/two-sum/")]
    [InlineData("/checklists/offer-negotiation/")]
    public void The_footer_links_to_the_progress_page_and_the_whole_guide_print(string url)
    {
        var footer = Links(url, "footer a");
        Assert.Contains("/progress/", footer);
        Assert.Contains("/print/", footer);
    }

    [Fact]
    public void Checklists_link_to_print_all_checklists()
    {
        Assert.Contains("/print/checklists/", Links("/checklists/", "main a"));
        Assert.Contains("/print/", Links("/checklists/", "main a"));
        Assert.Contains("/print/checklists/", Links("/checklists/interview-success/", "main a"));
    }

    [Fact]
    public void Print_all_checklists_has_every_checklist_with_the_keys_of_its_own_page()
    {
        var print = Page("/print/checklists/");
        var urls = Links("/checklists/", "main .card a");
        var articles = print.QuerySelectorAll("article.print-checklist");
        Assert.Equal(urls.Count, articles.Length);
        for (var i = 0; i < urls.Count; i++)
        {
            var own = Page(urls[i]);
            Assert.Equal(own.QuerySelector("h1")!.TextContent, articles[i].QuerySelector("h2")!.TextContent);
            Assert.Equal(own.QuerySelectorAll("input[data-key]").Select(b => b.GetAttribute("data-key")), articles[i].QuerySelectorAll("input[data-key]").Select(b => b.GetAttribute("data-key")));
            Assert.EndsWith(urls[i], articles[i].QuerySelector(".print-url")!.TextContent);
        }
        var ids = print.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(print.QuerySelectorAll("input[type=checkbox]"), box => Assert.NotNull(print.QuerySelector($"label[for='{box.Id}']")));
    }

    [Fact]
    public void The_whole_guide_has_every_chapter_in_order_then_every_question_with_hints_open()
    {
        var print = Page("/print/");
        Assert.Equal(
            Page("/chapters/").QuerySelectorAll("main .card a").Select(a => a.TextContent),
            print.QuerySelectorAll("article.chapter.print-part .part-title").Select(h => h.TextContent));
        Assert.Equal(
            Page("/problems/").QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-id")).Order(),
            print.QuerySelectorAll("article.print-question").Select(a => a.GetAttribute("aria-labelledby")!["problem-".Length..]).Order());
        Assert.NotEmpty(print.QuerySelectorAll("details.hint"));
        Assert.All(print.QuerySelectorAll("main details"), d => Assert.True(d.HasAttribute("open")));
        Assert.Empty(print.QuerySelectorAll("textarea, [data-runner]"));
        Assert.Null(print.QuerySelector("[data-pagefind-body]"));
    }

    [Fact]
    public void Question_pages_have_a_mark_as_solved_toggle_button()
    {
        var holder = Page("/problems/two-sum/").QuerySelector("[data-solved-toggle='two-sum']");
        var button = holder?.QuerySelector("button[type=button]");
        Assert.NotNull(button);
        Assert.Equal("false", button!.GetAttribute("aria-pressed"));
        Assert.Equal("Mark as solved", button.TextContent.Trim());
    }

    [Theory]
    [InlineData("/problems/")]
    [InlineData("/banks/coding/")]
    public void Question_tables_carry_what_the_solved_counts_filter_on(string url)
    {
        var page = Page(url);
        var rows = page.QuerySelectorAll("table.question-table tbody tr");
        Assert.All(rows, row =>
        {
            Assert.False(string.IsNullOrEmpty(row.GetAttribute("data-id")));
            Assert.False(string.IsNullOrEmpty(row.GetAttribute("data-bank")));
        });
        var filters = page.QuerySelectorAll("[data-solved-summary] [data-solved-filter]").Select(l => l.GetAttribute("data-solved-filter")!).ToList();
        Assert.Contains("", filters);
        Assert.All(filters.Where(f => f.Length > 0), filter =>
        {
            var (name, value) = (filter.Split(':')[0], filter.Split(':')[1]);
            Assert.Contains(rows, r => r.GetAttribute("data-" + name) == value);
        });
    }
}
