using System.Text.RegularExpressions;

namespace StudyGuide.Tests.Hostile;

/// <summary>
/// Every link-like value goes through one resolver with one scheme allow-list: nav links of
/// site.yml used to be published unchecked (<c>javascript:</c> as a link, a missing page, an xref
/// turned into "/"), and <c>build --base-url</c> accepted any absolute URI into every page's
/// canonical link and the sitemap.
/// </summary>
public sealed class LinkSchemeTests(PreviousBuild previous) : IClassFixture<PreviousBuild>
{
    private const string NavLink = "    link: /topics/";

    [Fact]
    public void A_javascript_nav_link_is_refused_at_its_link_value()
    {
        using var input = new HostileInput(previous);
        input.Replace("site.yml", NavLink, "    link: javascript:alert(1)");
        var (line, column) = input.PositionOf("site.yml", "javascript:alert(1)");
        input.AssertRefused(input.Build(), $@"input/site\.yml:{line}:{column}: error: " + Regex.Escape("unsupported link 'javascript:alert(1)'") + ".*");
    }

    [Fact]
    public void A_nav_link_to_a_page_the_site_does_not_have_is_refused()
    {
        using var input = new HostileInput(previous);
        input.Replace("site.yml", NavLink, "    link: /no/such/page/");
        var (line, column) = input.PositionOf("site.yml", "/no/such/page/");
        input.AssertRefused(input.Build(), $@"input/site\.yml:{line}:{column}: error: link '/no/such/page/' points to no page of this site.*");
    }

    [Fact]
    public void A_nav_xref_to_an_unknown_id_is_refused()
    {
        using var input = new HostileInput(previous);
        input.Replace("site.yml", NavLink, "    link: xref:no-such-id");
        var (line, column) = input.PositionOf("site.yml", "xref:no-such-id");
        input.AssertRefused(input.Build(), $@"input/site\.yml:{line}:{column}: error: unknown xref id 'no-such-id'.*");
    }

    [Fact]
    public void A_nav_xref_links_to_its_page_instead_of_the_home_page()
    {
        using var input = new HostileInput(previous);
        input.Replace("site.yml", NavLink, "    link: xref:final-tips#before-the-interview");
        var run = input.Build();
        Assert.True(run.Code == 0, run.ToString());
        HostileInput.AssertNoStackTrace(run);
        var home = File.ReadAllText(Path.Combine(input.OutputPath, "index.html"));
        Assert.Contains("<a href=\"/chapters/final-tips/#before-the-interview\">Topics</a>", home);
    }

    [Fact]
    public void A_javascript_base_url_in_site_yml_is_refused()
    {
        using var input = new HostileInput(previous);
        var (line, column) = input.PositionOf("site.yml", "https://go-interview-guide.netlify.app");
        input.Replace("site.yml", "https://go-interview-guide.netlify.app", "javascript:alert(1)");
        input.AssertRefused(input.Build(), $@"input/site\.yml:{line}:{column}: error: 'base_url' must be an absolute http\(s\) URL.*");
    }

    [Fact]
    public void A_repository_url_with_credentials_is_refused()
    {
        using var input = new HostileInput(previous);
        input.Replace("site.yml", "repository: https://", "repository: https://user:secret@");
        var (line, column) = input.PositionOf("site.yml", "https://user:secret@");
        input.AssertRefused(input.Build(), $@"input/site\.yml:{line}:{column}: error: 'repository' must not contain credentials.*");
    }

    [Theory]
    [InlineData("javascript:alert(1)", "must be an absolute http(s) URL")]
    [InlineData("data:text/html,hi", "must be an absolute http(s) URL")]
    [InlineData("//evil.example", "must be an absolute http(s) URL")]
    [InlineData("https://preview.example/?utm=1", "must not contain a query")]
    [InlineData("https://preview.example/#top", "must not contain a fragment")]
    [InlineData("https://user:secret@preview.example", "must not contain credentials")]
    public void Build_refuses_a_base_url_that_is_not_a_plain_http_address_as_a_usage_error(string url, string problem)
    {
        using var input = new HostileInput(previous);
        var run = input.Build("--base-url", url);
        Assert.True(run.Code == 2, run.ToString());
        Assert.Matches(new Regex("^studyguide: --base-url " + Regex.Escape(problem) + @"[^\n]*\n?$"), run.Error);
        HostileInput.AssertNoStackTrace(run);
        input.AssertPreviousOutputUntouched();
    }

    [Fact]
    public void Build_takes_an_https_base_url_into_canonical_links_and_the_sitemap()
    {
        using var input = new HostileInput(previous);
        var run = input.Build("--base-url", "https://deploy-preview-12.example.org/");
        Assert.True(run.Code == 0, run.ToString());
        Assert.Contains("<loc>https://deploy-preview-12.example.org/chapters/final-tips/</loc>", File.ReadAllText(Path.Combine(input.OutputPath, "sitemap.xml")));
    }
}
