using System.Buffers.Binary;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StudyGuide.Sharing;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.OfflineAndSharing;

/// <summary>
/// What a shared link shows and what makes the guide installable, read from the built guide: every
/// page's description (with its spacing; a question's from its prompt) and Open Graph and Twitter
/// card tags with an absolute image URL that exists; the image is 1200×630 and the same bytes on
/// every build; the manifest names icons that exist; the service worker lists what it must, with the
/// route table's folders its rules need.
/// </summary>
public sealed partial class ShareAndInstallFilesTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private static readonly HtmlParser Parser = new();

    private string BaseUrl => site.Result.Content!.Site.BaseUrl;

    /// <summary>Every page of the built site by URL (the 404 page as /404.html).</summary>
    private IEnumerable<(string Url, IDocument Page)> Pages() =>
        Directory.GetFiles(site.OutputPath, "*.html", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(site.OutputPath, f).StartsWith("pagefind", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => ("/" + IndexHtml().Replace(Path.GetRelativePath(site.OutputPath, f).Replace('\\', '/'), ""), (IDocument)Parser.ParseDocument(File.ReadAllText(f))));

    private static string? Meta(IDocument page, string attribute, string name) =>
        page.QuerySelector($"meta[{attribute}='{name}']")?.GetAttribute("content");

    [Fact]
    public void Every_page_has_the_share_tags_with_an_absolute_image_url_that_exists()
    {
        var count = 0;
        foreach (var (url, page) in Pages())
        {
            count++;
            var description = Meta(page, "name", "description");
            Assert.False(string.IsNullOrWhiteSpace(description), $"{url}: no description");
            Assert.Equal(description, Meta(page, "property", "og:description"));
            Assert.Equal(description, Meta(page, "name", "twitter:description"));

            var title = Meta(page, "property", "og:title");
            Assert.False(string.IsNullOrWhiteSpace(title), $"{url}: no og:title");
            Assert.Equal(title, Meta(page, "name", "twitter:title"));
            Assert.StartsWith(title!, page.Title!, StringComparison.Ordinal);

            var canonical = page.QuerySelector("link[rel=canonical]")!.GetAttribute("href");
            Assert.Equal(canonical, Meta(page, "property", "og:url"));
            Assert.StartsWith(BaseUrl + "/", canonical!, StringComparison.Ordinal);

            Assert.Equal("summary_large_image", Meta(page, "name", "twitter:card"));
            var image = Meta(page, "property", "og:image");
            Assert.Equal(image, Meta(page, "name", "twitter:image"));
            Assert.True(Uri.TryCreate(image, UriKind.Absolute, out var imageUri), $"{url}: og:image {image} is not absolute");
            Assert.StartsWith(BaseUrl + "/assets/", image!, StringComparison.Ordinal);
            Assert.True(File.Exists(site.PathOf(imageUri!.AbsolutePath)), $"{url}: {image} does not exist in the built site");
            Assert.Equal("1200", Meta(page, "property", "og:image:width"));
            Assert.Equal("630", Meta(page, "property", "og:image:height"));
            Assert.False(string.IsNullOrWhiteSpace(Meta(page, "property", "og:image:alt")));

            Assert.Equal("/manifest.webmanifest", page.QuerySelector("link[rel=manifest]")?.GetAttribute("href"));
        }
        Assert.True(count > 100, $"only {count} pages");
    }

    /// <summary>
    /// A description is the page's text as it reads: the description, without its ellipsis, is the
    /// start of the text of the prompt's first paragraph on the page (so no two words were glued
    /// where the source broke a line, and nothing comes from the solution).
    /// </summary>
    [Fact]
    public void Question_descriptions_are_the_start_of_the_prompt_as_it_reads()
    {
        var questions = Pages().Where(p => p.Url.StartsWith("/problems/", StringComparison.Ordinal) && p.Url != "/problems/").ToList();
        Assert.NotEmpty(questions);
        foreach (var (url, page) in questions)
        {
            var description = Meta(page, "name", "description")!.TrimEnd('…');
            var prompt = Words(page.QuerySelector("section.prompt p")!.TextContent);
            Assert.True(prompt.StartsWith(description, StringComparison.Ordinal), $"{url}: \"{description}\" is not the start of its prompt \"{prompt}\"");
            var answer = Words(Assert.Single(page.QuerySelectorAll("details.solution")).TextContent);
            Assert.DoesNotContain(description, answer, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Descriptions_keep_the_space_of_a_line_break()
    {
        var document = Markdig.Markdown.Parse("Two\ndifferent words, `code`\nand a [link\ntext](https://example.org) &amp; more.");
        Assert.Equal("Two different words, code and a link text & more.", MetaDescription.Of(document));
        var long_ = MetaDescription.Shorten(string.Join(' ', Enumerable.Repeat("word", 60)));
        Assert.True(long_.Length <= MetaDescription.MaxLength, long_);
        Assert.EndsWith("word…", long_, StringComparison.Ordinal);
    }

    [Fact]
    public void The_share_image_is_a_1200_by_630_png_and_two_builds_draw_the_same_bytes()
    {
        using var again = new TempFolder();
        var result = Builds.Run(RepoPaths.Input, again.Combine("_site"));
        Assert.True(result.Succeeded, string.Join("\n", Builds.Errors(result)));

        var url = new Uri(Meta(Parser.ParseDocument(site.Read("/")), "property", "og:image")!).AbsolutePath;
        var first = File.ReadAllBytes(site.PathOf(url));
        Assert.Equal((1200, 630), PngSize(first));
        Assert.Equal(first, File.ReadAllBytes(Path.Combine(again.Path, "_site", url.TrimStart('/'))));

        // The icons and the manifest too: every file the images stage writes.
        foreach (var file in new[] { "/manifest.webmanifest" }.Concat(Icons().Select(i => i.Src)))
        {
            Assert.Equal(File.ReadAllBytes(site.PathOf(file)), File.ReadAllBytes(Path.Combine(again.Path, "_site", file.TrimStart('/'))));
        }
    }

    [Fact]
    public void The_manifest_names_the_site_and_png_icons_of_192_and_512_pixels_that_exist()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(site.PathOf("/manifest.webmanifest")));
        var root = manifest.RootElement;
        Assert.Equal(site.Result.Content!.Site.Title, root.GetProperty("name").GetString());
        Assert.Equal("/", root.GetProperty("start_url").GetString());
        Assert.Equal("standalone", root.GetProperty("display").GetString());
        var icons = Icons();
        Assert.Equal(["192x192", "512x512"], icons.Select(i => i.Sizes));
        foreach (var (src, sizes) in icons)
        {
            var size = int.Parse(sizes.Split('x')[0], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal((size, size), PngSize(File.ReadAllBytes(site.PathOf(src))));
        }
    }

    [Fact]
    public void The_service_worker_lists_the_assets_the_whole_index_and_the_search_page()
    {
        var script = File.ReadAllText(site.PathOf("/sw.js"));
        var start = script.IndexOf("{\"version\":", StringComparison.Ordinal);
        using var list = JsonDocument.Parse(script[start..(script.IndexOf("]}", start, StringComparison.Ordinal) + 2)]);
        var version = list.RootElement.GetProperty("version").GetString()!;
        var urls = list.RootElement.GetProperty("urls").EnumerateArray().Select(u => u.GetString()!).ToHashSet();

        foreach (var file in Directory.GetFiles(Path.Combine(site.OutputPath, "assets")).Concat(Directory.GetFiles(Path.Combine(site.OutputPath, "pagefind"), "*", SearchOption.AllDirectories)))
        {
            var url = "/" + Path.GetRelativePath(site.OutputPath, file).Replace('\\', '/');
            Assert.Contains(url == StudyGuide.Offline.Precache.PagefindEntry ? $"{url}?ts={version}" : url, urls);
        }
        Assert.Contains("/search/", urls);
        Assert.Contains("/manifest.webmanifest", urls);
        Assert.Contains("/search/vocabulary.json", urls);
        Assert.DoesNotContain("/sw.js", urls);
        Assert.DoesNotContain("self.__SW_MANIFEST", script);
        // The route table's folders, which the worker's rules need (it has no page to read them from).
        var folders = list.RootElement.GetProperty("folders");
        Assert.Equal(Routing.Routes.Assets, folders.GetProperty("assets").GetString());
        Assert.Equal(Routing.Routes.PagefindFolder, folders.GetProperty("pagefind").GetString());
    }

    private List<(string Src, string Sizes)> Icons()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(site.PathOf("/manifest.webmanifest")));
        return manifest.RootElement.GetProperty("icons").EnumerateArray()
            .Select(i => (i.GetProperty("src").GetString()!, i.GetProperty("sizes").GetString()!)).ToList();
    }

    private static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex("(^|/)index\\.html$")]
    private static partial Regex IndexHtml();
}
