using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StudyGuide.Search;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Search;

/// <summary>What the search stage adds to the real guide: Pagefind's index, the tags it reads, and the vocabulary and filter files.</summary>
public sealed class SearchIndexTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private static readonly HtmlParser Parser = new();

    private string SitePath(string relative) => Path.Combine(site.OutputPath, relative);

    private JsonElement Json(string relative) => JsonDocument.Parse(File.ReadAllText(SitePath(relative))).RootElement;

    private List<(string Url, IDocument Page)> Pages() => Directory
        .GetFiles(site.OutputPath, "*.html", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(f => ("/" + Path.GetRelativePath(site.OutputPath, f).Replace('\\', '/'), (IDocument)Parser.ParseDocument(File.ReadAllText(f))))
        .ToList();

    [Fact]
    public void Pagefind_indexes_exactly_the_chapter_question_and_checklist_pages()
    {
        var indexed = Pages().Where(p => p.Page.QuerySelector("[data-pagefind-body]") is not null).Select(p => p.Url).ToList();
        var expected = indexed.Where(u => u.StartsWith("/chapters/", StringComparison.Ordinal) || u.StartsWith("/problems/", StringComparison.Ordinal) || u.StartsWith("/checklists/", StringComparison.Ordinal))
            .Where(u => u.Count(c => c == '/') == 3).ToList();
        Assert.Equal(expected, indexed);
        // Every page but home, 404, search, progress, review, mock, the two print pages, the 4 index pages (chapters, problems, checklists, topics) and the 4 bank pages.
        Assert.Equal(site.Result.PageCount - 16, indexed.Count);

        var entry = Json("pagefind/pagefind-entry.json");
        Assert.Equal("1.6.0", entry.GetProperty("version").GetString());
        Assert.Equal(indexed.Count, entry.GetProperty("languages").GetProperty("en").GetProperty("page_count").GetInt32());
        Assert.True(File.Exists(SitePath("pagefind/pagefind.js")));
        Assert.Empty(Directory.GetFiles(SitePath("pagefind"), "pagefind-*ui*"));
    }

    [Fact]
    public void Indexed_pages_carry_filters_meta_and_weighted_titles_and_hide_navigation_and_code_panels()
    {
        var filters = Json(SearchDataFiles.FiltersPath);
        foreach (var (url, page) in Pages())
        {
            var body = page.QuerySelector("[data-pagefind-body]");
            if (body is null)
            {
                continue;
            }
            Assert.Null(page.QuerySelector("header.site-header [data-pagefind-body], nav [data-pagefind-body], footer [data-pagefind-body]"));
            Assert.Null(body.QuerySelector("nav:not([data-pagefind-ignore]), .code-runner:not([data-pagefind-ignore])"));
            Assert.Empty(body.QuerySelectorAll("[hidden][data-pagefind-filter], [hidden][data-pagefind-meta]"));

            var title = body.QuerySelector("h1");
            Assert.Equal("title", title?.GetAttribute("data-pagefind-meta"));
            Assert.Equal("10", title?.GetAttribute("data-pagefind-weight"));

            var kind = body.GetAttribute("data-pagefind-filter")!;
            Assert.StartsWith("kind:", kind);
            Assert.True(filters.GetProperty("kind").TryGetProperty(kind["kind:".Length..], out _), $"{url}: kind {kind} has no label");
            if (url.StartsWith("/problems/", StringComparison.Ordinal))
            {
                var badge = body.QuerySelector("[data-pagefind-filter=difficulty]");
                Assert.Equal("difficulty", badge?.GetAttribute("data-pagefind-meta"));
                Assert.True(filters.GetProperty("difficulty").TryGetProperty(badge!.TextContent.Trim(), out _), $"{url}: difficulty");
                Assert.NotNull(body.QuerySelector("[data-pagefind-meta=bank]"));
                // The filter value is the slug; the link shows the topic's name, as the filter chips do.
                var topics = body.QuerySelectorAll("[data-pagefind-filter^='topic:']");
                Assert.NotEmpty(topics);
                Assert.All(topics, t =>
                {
                    var slug = t.GetAttribute("data-pagefind-filter")!["topic:".Length..];
                    Assert.True(filters.GetProperty("topic").TryGetProperty(slug, out var name), $"{url}: topic {slug}");
                    Assert.Equal(name.GetString(), t.TextContent.Trim());
                });
            }
        }
    }

    [Fact]
    public void Coding_questions_carry_their_category_as_a_filter_named_as_on_the_page()
    {
        var labels = Json(SearchDataFiles.FiltersPath).GetProperty("category");
        var coding = Pages().Select(p => p.Page.QuerySelector("[data-pagefind-body][data-pagefind-filter='kind:coding']")).OfType<IElement>().ToList();
        Assert.NotEmpty(coding);
        Assert.All(coding, body =>
        {
            var category = Assert.Single(body.QuerySelectorAll("[data-pagefind-filter^='category:']"));
            var slug = category.GetAttribute("data-pagefind-filter")!["category:".Length..];
            Assert.True(labels.TryGetProperty(slug, out var name), $"category {slug} has no label");
            Assert.Equal(name.GetString(), category.TextContent.Trim());
        });
        Assert.Empty(Pages().SelectMany(p => p.Page.QuerySelectorAll("[data-pagefind-body]:not([data-pagefind-filter='kind:coding']) [data-pagefind-filter^='category:']")));
    }

    [Fact]
    public void Vocabulary_holds_every_word_of_every_indexed_title_and_heading_in_order()
    {
        var terms = Json(SearchDataFiles.VocabularyPath).GetProperty("terms").EnumerateObject().Select(t => t.Name).ToList();
        Assert.Equal(terms.Order(StringComparer.Ordinal), terms);
        var words = Pages()
            .Select(p => p.Page.QuerySelector("[data-pagefind-body]"))
            .OfType<IElement>()
            .SelectMany(body => body.QuerySelectorAll("h1, .checklist-section h2, h2:has(a.anchor), h3:has(a.anchor)")) // not the template's own "Hints", "Solution"
            .SelectMany(h => SearchVocabulary.Words(h.ChildNodes.Where(n => n is not IElement { ClassName: "anchor" }).Aggregate("", (text, n) => text + n.TextContent)))
            .Distinct();
        Assert.All(words, word => Assert.Contains(word, terms));
    }

    [Fact]
    public void Filter_labels_name_every_topic_as_the_topics_page_does()
    {
        var topicsPage = Parser.ParseDocument(site.Read("/topics/"));
        var named = topicsPage.QuerySelectorAll("section.topic-group h2").ToDictionary(h => h.Id!, h => h.TextContent.Trim());
        var labels = Json(SearchDataFiles.FiltersPath).GetProperty("topic").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        Assert.Equal(named.OrderBy(p => p.Key, StringComparer.Ordinal), labels.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Search_page_has_a_labelled_box_chips_for_every_filter_value_and_a_live_status()
    {
        var page = Parser.ParseDocument(site.Read("/search/"));
        var box = page.QuerySelector("[data-search-page] input[type=search][name=q]");
        Assert.NotNull(box);
        Assert.NotNull(page.QuerySelector($"label[for='{box!.Id}']"));
        Assert.Equal("polite", page.QuerySelector("[data-search-page] [role=status]")?.GetAttribute("aria-live"));
        foreach (var filter in Json(SearchDataFiles.FiltersPath).EnumerateObject())
        {
            var chips = page.QuerySelectorAll($"input[type=checkbox][name={filter.Name}]").Select(c => c.GetAttribute("value")).ToList();
            Assert.Equal(filter.Value.EnumerateObject().Select(v => v.Name), chips);
        }
        Assert.Contains("<loc>https://go-interview-guide.netlify.app/search/</loc>", File.ReadAllText(SitePath("sitemap.xml")));
    }
}
