using AngleSharp.Html.Parser;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Build;

/// <summary>The failed-build guarantee and escaping of untrusted content (determinism: <see cref="BuiltSiteTests"/>).</summary>
public sealed class BuildOutputTests : SampleContentTest
{
    [Fact]
    public void A_failed_build_leaves_the_previous_output_untouched()
    {
        Assert.True(Builds.Run(Content.Root, Content.OutputPath).Succeeded);
        var before = FolderSnapshot.Of(Content.OutputPath);

        Content.Replace("banks/coding.yml", "difficulty: easy", "difficulty: trivial");
        Content.Write("chapters/extra.md", "---\ntitle: Extra\norder: 2\nsummary: More.\n---\nNew page.\n");
        var result = Builds.Run(Content.Root, Content.OutputPath);

        Assert.False(result.Succeeded);
        var after = FolderSnapshot.Of(Content.OutputPath);
        FolderSnapshot.AssertSame(before, after);
        var parent = Path.GetDirectoryName(Content.OutputPath)!;
        Assert.DoesNotContain(Directory.GetDirectories(parent), d => d.Contains(".staging-") || d.Contains(".old-"));
    }

    [Fact]
    public void A_script_tag_in_a_title_is_shown_as_text_everywhere()
    {
        const string evil = "<script>alert(1)</script>";
        Content.Replace("banks/coding.yml", "title: Sum of a slice", $"title: \"{evil}\"");
        Assert.True(Builds.Run(Content.Root, Content.OutputPath).Succeeded);

        var parser = new HtmlParser();
        foreach (var url in new[] { "problems/sum/index.html", "problems/index.html", "banks/coding/index.html", "topics/index.html" })
        {
            var html = File.ReadAllText(Path.Combine(Content.OutputPath, url));
            Assert.DoesNotContain(evil, html);
            var page = parser.ParseDocument(html);
            Assert.Empty(page.QuerySelectorAll("script:not([src])"));
            Assert.Contains(page.QuerySelectorAll("a, h1, title"), e => e.TextContent.Contains(evil));
        }
    }

    [Fact]
    public void Raw_html_in_markdown_is_escaped()
    {
        Content.Replace("chapters/basics.md", "## First steps", "## First steps\n\n<img src=x onerror=alert(1)>");
        Assert.True(Builds.Run(Content.Root, Content.OutputPath).Succeeded);
        var html = File.ReadAllText(Path.Combine(Content.OutputPath, "chapters/basics/index.html"));
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
    }
}
