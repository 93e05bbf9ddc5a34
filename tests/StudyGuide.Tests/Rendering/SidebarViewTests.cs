using StudyGuide.Rendering.Views;

namespace StudyGuide.Tests.Rendering;

/// <summary>
/// Every page carries the sidebar, so its size per page must not grow with the site: a list up to
/// <see cref="SidebarView.MaxListed"/> is shown whole, a longer one as the current page's neighbours.
/// </summary>
public sealed class SidebarViewTests
{
    private static List<LinkView> Links(string prefix, int count) =>
        Enumerable.Range(1, count).Select(i => new LinkView($"{prefix} {i}", $"/{prefix}/{i}/")).ToList();

    private static SidebarView Sidebar(int chapters, int questions, int checklists = 3) =>
        new(Links("chapters", chapters), [new SidebarBank("Coding", "/banks/coding/", Links("problems", questions)), new SidebarBank("Concepts", "/banks/concepts/", Links("concepts", 4))],
            Links("checklists", checklists));

    [Fact]
    public void Lists_up_to_the_bound_are_shown_whole_on_every_page()
    {
        var sidebar = Sidebar(SidebarView.MaxListed, SidebarView.MaxListed);
        foreach (var url in new[] { "/", "/chapters/7/", "/problems/100/", "/checklists/2/" })
        {
            var page = sidebar.For(url);
            Assert.Same(sidebar.Chapters, page.Chapters.Items);
            Assert.Same(sidebar.Banks[0].Questions, page.Banks[0].Questions.Items);
            Assert.False(page.Chapters.Shortened);
            Assert.Equal(1, page.Chapters.Start);
        }
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(5, 1)]
    [InlineData(11, 1)]
    [InlineData(12, 2)]
    [InlineData(250, 240)]
    [InlineData(490, 480)]
    [InlineData(500, 480)]
    public void A_longer_list_shows_the_current_page_and_its_neighbours(int current, int start)
    {
        var page = Sidebar(500, 10).For($"/chapters/{current}/");
        var shown = page.Chapters.Items.Select(l => l.Url).ToList();
        Assert.True(page.Chapters.Shortened);
        Assert.Equal(500, page.Chapters.Total);
        Assert.Equal(start, page.Chapters.Start);
        Assert.Equal(2 * SidebarView.Neighbours + 1, shown.Count);
        Assert.Equal($"/chapters/{start}/", shown[0]);
        Assert.Contains($"/chapters/{current}/", shown);
    }

    [Fact]
    public void A_longer_list_shows_its_start_on_pages_outside_it()
    {
        var page = Sidebar(500, 300).For("/checklists/1/");
        Assert.Equal(Links("chapters", 2 * SidebarView.Neighbours + 1), page.Chapters.Items);
        Assert.Equal(Links("problems", 2 * SidebarView.Neighbours + 1), page.Banks[0].Questions.Items);
        Assert.Equal(300, page.Banks[0].Questions.Total);
    }

    [Fact]
    public void The_bank_holding_the_page_is_open_and_the_others_closed()
    {
        var sidebar = Sidebar(3, 300);
        Assert.Equal([true, false], sidebar.For("/problems/299/").Banks.Select(b => b.Open));
        Assert.Equal([true, false], sidebar.For("/banks/coding/").Banks.Select(b => b.Open));
        Assert.Equal([false, true], sidebar.For("/concepts/2/").Banks.Select(b => b.Open));
        Assert.Equal([false, false], sidebar.For("/").Banks.Select(b => b.Open));
    }

    [Fact]
    public void No_page_of_a_large_site_gets_more_than_a_bounded_sidebar()
    {
        var sidebar = Sidebar(5000, 5000, 400);
        var urls = sidebar.Chapters.Concat(sidebar.Banks.SelectMany(b => b.Questions)).Concat(sidebar.Checklists).Select(l => l.Url);
        var bound = 3 * (2 * SidebarView.Neighbours + 1) + 4; // chapters, the coding bank, checklists, and the whole short bank
        Assert.All(urls, url =>
        {
            var page = sidebar.For(url);
            var links = page.Chapters.Items.Count + page.Banks.Sum(b => b.Questions.Items.Count) + page.Checklists.Items.Count;
            Assert.InRange(links, 1, bound);
        });
    }
}
