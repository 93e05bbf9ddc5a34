using AngleSharp.Html.Parser;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Build;

/// <summary>Determinism, the failed-build guarantee, and escaping of untrusted content.</summary>
public sealed class BuildOutputTests : IDisposable
{
    private readonly SampleContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Two_builds_of_the_real_input_are_byte_identical()
    {
        using var temp = new TempFolder();
        Assert.True(Builds.Run(RepoPaths.Input, temp.Combine("a")).Succeeded);
        Assert.True(Builds.Run(RepoPaths.Input, temp.Combine("b")).Succeeded);
        var a = FolderSnapshot.Of(temp.Combine("a"));
        var b = FolderSnapshot.Of(temp.Combine("b"));
        FolderSnapshot.AssertSame(a, b);
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_untouched()
    {
        Assert.True(Builds.Run(_content.Root, _content.OutputPath).Succeeded);
        var before = FolderSnapshot.Of(_content.OutputPath);

        _content.Replace("banks/coding.yml", "difficulty: easy", "difficulty: trivial");
        _content.Write("chapters/extra.md", "---\ntitle: Extra\norder: 2\nsummary: More.\n---\nNew page.\n");
        var result = Builds.Run(_content.Root, _content.OutputPath);

        Assert.False(result.Succeeded);
        var after = FolderSnapshot.Of(_content.OutputPath);
        FolderSnapshot.AssertSame(before, after);
        var parent = Path.GetDirectoryName(_content.OutputPath)!;
        Assert.DoesNotContain(Directory.GetDirectories(parent), d => d.Contains(".staging-") || d.Contains(".old-"));
    }

    [Fact]
    public void A_script_tag_in_a_title_is_shown_as_text_everywhere()
    {
        const string evil = "<script>alert(1)</script>";
        _content.Replace("banks/coding.yml", "title: Sum of a slice", $"title: \"{evil}\"");
        Assert.True(Builds.Run(_content.Root, _content.OutputPath).Succeeded);

        var parser = new HtmlParser();
        foreach (var url in new[] { "problems/sum/index.html", "problems/index.html", "banks/coding/index.html", "topics/index.html" })
        {
            var html = File.ReadAllText(Path.Combine(_content.OutputPath, url));
            Assert.DoesNotContain(evil, html);
            var page = parser.ParseDocument(html);
            Assert.Empty(page.QuerySelectorAll("script:not([src])"));
            Assert.Contains(page.QuerySelectorAll("a, h1, title"), e => e.TextContent.Contains(evil));
        }
    }

    [Fact]
    public void Raw_html_in_markdown_is_escaped()
    {
        _content.Replace("chapters/basics.md", "## First steps", "## First steps\n\n<img src=x onerror=alert(1)>");
        Assert.True(Builds.Run(_content.Root, _content.OutputPath).Succeeded);
        var html = File.ReadAllText(Path.Combine(_content.OutputPath, "chapters/basics/index.html"));
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
    }
}
