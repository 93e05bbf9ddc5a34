using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StudyGuide.Routing;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Build;

/// <summary>The real guide, built from input/: every page type exists and key pages are correct.</summary>
public sealed class BuiltSiteTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private static readonly HtmlParser Parser = new();

    private IDocument Page(string url) => Parser.ParseDocument(site.Read(url));

    [Fact]
    public void A_second_build_of_the_real_input_is_byte_identical()
    {
        using var temp = new TempFolder();
        // With search: the index is part of the output that must come out the same.
        Assert.True(Builds.Run(RepoPaths.Input, temp.Combine("again"), search: true).Succeeded);
        FolderSnapshot.AssertSame(FolderSnapshot.Of(site.OutputPath), FolderSnapshot.Of(temp.Combine("again")));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/chapters/")]
    [InlineData("/chapters/coding-patterns/")]
    [InlineData("/banks/coding/")]
    [InlineData("/problems/")]
    [InlineData("/problems/two-sum/")]
    [InlineData("/problems/goroutines-vs-threads/")]
    [InlineData("/problems/design-url-shortener/")]
    [InlineData("/problems/production-incident/")]
    [InlineData("/checklists/")]
    [InlineData("/checklists/interview-success/")]
    [InlineData("/topics/")]
    [InlineData("/progress/")]
    [InlineData("/review/")]
    [InlineData("/mock/")]
    [InlineData("/print/")]
    [InlineData("/print/checklists/")]
    [InlineData("/404.html")]
    public void Every_page_type_has_landmarks_one_h1_and_a_skip_link(string url)
    {
        var page = Page(url);
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.NotNull(page.QuerySelector("header"));
        Assert.NotNull(page.QuerySelector("nav"));
        Assert.NotNull(page.QuerySelector("main#main"));
        Assert.Equal("#main", page.QuerySelector("a.skip-link")?.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        Assert.Empty(page.QuerySelectorAll("[style]"));
        Assert.Contains("default-src 'self'", page.QuerySelector("meta[http-equiv=Content-Security-Policy]")?.GetAttribute("content"));
    }

    /// <summary>The URLs the scripts read (theme/assets/js/routes.js), on every page's &lt;html&gt;: the route table's.</summary>
    [Theory]
    [InlineData("/")]
    [InlineData("/problems/two-sum/")]
    [InlineData("/search/")]
    [InlineData("/print/")]
    [InlineData("/404.html")]
    public void Every_page_hands_the_scripts_the_route_tables_urls(string url)
    {
        var html = Page(url).DocumentElement;
        Assert.Equal(
            [Routes.Search.Url, Routes.SearchVocabulary, Routes.SearchFilters, Routes.PagefindScript, Routes.Question.Pattern, Routes.Mock.Url, Routes.ServiceWorker],
            new[] { "search", "search-vocabulary", "search-filters", "pagefind-script", "question", "mock", "service-worker" }.Select(name => html.GetAttribute("data-url-" + name)));
    }

    [Fact]
    public void Crawler_files_list_every_page_with_the_base_url()
    {
        var sitemap = File.ReadAllText(Path.Combine(site.OutputPath, "sitemap.xml"));
        Assert.Contains("<loc>https://go-interview-guide.netlify.app/problems/two-sum/</loc>", sitemap);
        Assert.Contains("<loc>https://go-interview-guide.netlify.app/checklists/offer-negotiation/</loc>", sitemap);
        Assert.DoesNotContain("404", sitemap);
        Assert.Contains("Sitemap: https://go-interview-guide.netlify.app/sitemap.xml", File.ReadAllText(Path.Combine(site.OutputPath, "robots.txt")));
    }

    [Fact]
    public void Question_page_has_meta_canonical_edit_link_and_code()
    {
        var page = Page("/problems/two-sum/");
        Assert.Equal("Two Sum · Go Interview Guide", page.Title);
        Assert.Equal("https://go-interview-guide.netlify.app/problems/two-sum/", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")));
        Assert.Equal("https://github.com/studyguide/go-interview-guide/edit/main/input/banks/coding.yml", page.QuerySelector("a.edit-link")?.GetAttribute("href"));
        var code = page.QuerySelector(".code-runner pre.code code");
        Assert.NotNull(code);
        Assert.Contains("package main", code!.TextContent);
        Assert.NotEmpty(code.QuerySelectorAll("span.tok-keyword"));
    }

    [Fact]
    public void Chapter_has_toc_pager_resolved_xrefs_and_callouts()
    {
        var page = Page("/chapters/coding-patterns/");
        var tocLinks = page.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")!.TrimStart('#')).ToList();
        Assert.NotEmpty(tocLinks);
        Assert.All(tocLinks, id => Assert.NotNull(page.GetElementById(id)));
        Assert.NotNull(page.QuerySelector("a[rel=prev]"));
        Assert.NotNull(page.QuerySelector("a[rel=next]"));
        var hrefs = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/problems/two-sum/", hrefs);
        Assert.DoesNotContain(hrefs, h => h!.StartsWith("xref:", StringComparison.Ordinal));
        Assert.NotEmpty(page.QuerySelectorAll("aside.callout"));
    }

    [Fact]
    public void Every_internal_link_of_the_site_resolves_to_a_written_page()
    {
        foreach (var file in Directory.GetFiles(site.OutputPath, "*.html", SearchOption.AllDirectories))
        {
            var page = Parser.ParseDocument(File.ReadAllText(file));
            foreach (var href in page.QuerySelectorAll("a[href^='/']").Select(a => a.GetAttribute("href")!))
            {
                var path = href.Split('#')[0].Split('?')[0];
                Assert.True(File.Exists(site.PathOf(path)), $"{file}: link {href} has no page");
            }
        }
    }

    [Fact]
    public void Problems_index_lists_every_question_with_difficulty_and_topics()
    {
        var rows = Page("/problems/").QuerySelectorAll("table.question-table tbody tr");
        Assert.True(rows.Length >= 29 + 13 + 5 + 7, $"only {rows.Length} rows");
        Assert.All(rows, row =>
        {
            Assert.Contains(row.GetAttribute("data-difficulty"), new[] { "easy", "medium", "hard" });
            Assert.False(string.IsNullOrEmpty(row.GetAttribute("data-topics")));
        });
    }

    [Fact]
    public void Coding_question_has_its_category_and_a_practice_section_with_the_starter_and_the_tests_between_hints_and_solution()
    {
        var page = Page("/problems/two-sum/");
        var category = page.QuerySelector(".question-meta a.category");
        Assert.Equal("Arrays and hashing", category?.TextContent);
        Assert.Equal("/problems/?category=arrays-hashing", category?.GetAttribute("href"));
        Assert.Equal("category:arrays-hashing", category?.GetAttribute("data-pagefind-filter"));

        var practice = page.QuerySelector("section.practice");
        Assert.NotNull(practice);
        Assert.Equal("two-sum", practice!.GetAttribute("data-problem"));
        Assert.Equal("practice-title", practice.GetAttribute("aria-labelledby"));
        Assert.Equal("Practice", practice.QuerySelector("h2#practice-title")?.TextContent);
        Assert.True(practice.HasAttribute("data-pagefind-ignore"), "search shows the prompt, not the starter or the tests");
        var order = page.QuerySelectorAll("section.hints, section.practice, details.solution").Select(e => e.ClassName).ToList();
        Assert.Equal(["hints", "practice", "solution"], order);
        Assert.Contains(page.QuerySelectorAll("nav.toc a"), a => a.GetAttribute("href") == "#practice-title");

        // The page's editor reads the files' text from the code elements: it must be exactly the files.
        var files = practice.QuerySelectorAll("details.practice-file").ToList();
        Assert.Equal(["Starter: solution.go", "Tests: two_sum_test.go"], files.Select(d => d.QuerySelector("summary")!.TextContent));
        foreach (var (role, name, file) in new[] { ("starter", "solution.go", "two-sum.starter.go"), ("tests", "two_sum_test.go", "two-sum_test.go") })
        {
            var pre = practice.QuerySelector($"pre.code[data-practice-file={role}]");
            Assert.Equal(name, pre?.GetAttribute("data-file-name"));
            Assert.Equal("go", pre?.GetAttribute("data-lang"));
            var code = pre!.QuerySelector("code")!;
            Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Input, "banks", "coding", file)).Replace("\r\n", "\n"), code.TextContent);
            Assert.NotEmpty(code.QuerySelectorAll("span.tok-keyword"));
        }
    }

    [Fact]
    public void Only_coding_questions_have_a_practice_section_and_print_shows_none()
    {
        Assert.Null(Page("/problems/goroutines-vs-threads/").QuerySelector(".practice, [data-practice-file]"));
        // The print page is for reading: the solution, not a workspace.
        Assert.Null(Page("/print/").QuerySelector(".practice, [data-practice-file]"));
    }

    [Fact]
    public void Problems_index_filters_by_category()
    {
        var page = Page("/problems/");
        var options = page.QuerySelectorAll("form.table-filters select[name=category] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal("", options[0]);
        Assert.Equal(StudyGuide.ContentTypes.CodingCategory.All.Select(c => c.Slug), options.Skip(1));
        var rows = page.QuerySelectorAll("table.question-table tbody tr").ToList();
        Assert.All(rows.Where(r => r.GetAttribute("data-kind") == "coding"), row => Assert.Contains(row.GetAttribute("data-category"), options.Skip(1)));
        Assert.All(rows.Where(r => r.GetAttribute("data-kind") != "coding"), row => Assert.False(row.HasAttribute("data-category")));
    }
}
