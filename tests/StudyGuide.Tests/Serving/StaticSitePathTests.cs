using StudyGuide.Cli.Serving;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Serving;

/// <summary>
/// URL paths as the preview server maps them: a redirect target never names another host, and no
/// path with a backslash is a file (the HTTP behaviour is in <see cref="Hostile.PreviewServerTests"/>).
/// </summary>
public sealed class StaticSitePathTests
{
    [Theory]
    [InlineData("/chapters", "/chapters")]
    [InlineData("//chapters", "/chapters")]
    [InlineData("///evil.example", "/evil.example")]
    [InlineData("/problems//two-sum/", "/problems/two-sum")]
    [InlineData("/", "/")]
    [InlineData("/a b/\r\n", "/a%20b/%0D%0A")]
    [InlineData("/\\evil.example", "/%5Cevil.example")]
    public void A_redirect_target_is_one_slash_then_encoded_segments(string path, string target) =>
        Assert.Equal(target, StaticSite.SitePath(path));

    [Fact]
    public void A_path_with_a_backslash_is_no_file()
    {
        using var site = new TempFolder();
        Directory.CreateDirectory(site.Combine("chapters"));
        File.WriteAllText(site.Combine("chapters", "index.html"), "<!doctype html>");
        // Linux allows backslashes in names: a file called "\chapters" exists, and is still refused.
        Directory.CreateDirectory(site.Combine("\\chapters"));
        File.WriteAllText(site.Combine("\\chapters", "index.html"), "<!doctype html>");

        Assert.NotNull(StaticSite.Resolve(site.Path, "/chapters/"));
        Assert.Null(StaticSite.Resolve(site.Path, "/\\chapters/"));
        Assert.Null(StaticSite.Resolve(site.Path, "/chapters\\"));
    }
}
