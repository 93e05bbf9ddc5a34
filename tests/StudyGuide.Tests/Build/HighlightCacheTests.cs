using StudyGuide.Highlighting;
using StudyGuide.Pipeline;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Build;

/// <summary>Highlighted code kept between builds: used when valid, ignored when not, never changing the output.</summary>
public sealed class HighlightCacheTests : SampleContentTest
{
    private BuildCacheFolder CacheFolder => new(Temp.Combine("obj"));

    private HighlightCacheFile CacheFile => CacheFolder.Highlights;

    private Dictionary<string, byte[]> Build(string name, BuildCacheFolder? cache)
    {
        var output = Temp.Combine(name);
        var result = new SiteBuilder(cache).Build(new BuildOptions(Content.Root, RepoPaths.Theme, output, Search: false));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return FolderSnapshot.Of(output);
    }

    [Fact]
    public void A_build_writes_the_cache_and_the_next_one_gives_the_same_bytes_from_it()
    {
        var uncached = Build("plain", cache: null);

        var first = Build("first", CacheFolder);
        var stored = CacheFile.Read();
        var key = Convert.ToHexString(HighlightCacheFile.KeyOf("source.go", SampleContent.SumGo));
        Assert.Contains(key, stored.Keys);
        Assert.Contains("tok-", stored[key]);

        FolderSnapshot.AssertSame(uncached, first);
        FolderSnapshot.AssertSame(uncached, Build("second", CacheFolder));
    }

    [Fact]
    public void Cached_html_is_used_instead_of_highlighting_again()
    {
        Build("first", CacheFolder);
        var entries = CacheFile.Read();
        var key = Convert.ToHexString(HighlightCacheFile.KeyOf("source.go", SampleContent.SumGo));
        entries[key] = "<span>from the cache</span>";
        CacheFile.Write(entries);

        var page = Build("second", CacheFolder)["problems/sum/index.html"];

        Assert.Contains("<span>from the cache</span>", System.Text.Encoding.UTF8.GetString(page));
    }

    [Fact]
    public void A_damaged_cache_file_is_ignored_and_replaced()
    {
        var uncached = Build("plain", cache: null);
        Directory.CreateDirectory(Path.GetDirectoryName(CacheFile.Path)!);
        File.WriteAllBytes(CacheFile.Path, [0x1f, 0x8b, 0x08, 0x00, 0xff]);

        FolderSnapshot.AssertSame(uncached, Build("damaged", CacheFolder));
        Assert.NotEmpty(CacheFile.Read());
    }
}
