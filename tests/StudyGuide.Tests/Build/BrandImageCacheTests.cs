using StudyGuide.Pipeline;
using StudyGuide.Sharing;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Build;

/// <summary>The share image and icons kept between builds: used while what they show is unchanged, drawn again when it changes, never changing the output.</summary>
public sealed class BrandImageCacheTests : SampleContentTest
{
    private BuildCacheFolder CacheFolder => new(Temp.Combine("obj"));

    private static readonly IReadOnlyDictionary<string, byte[]> Fonts = new[] { BrandImages.TitleFont, BrandImages.TextFont }
        .ToDictionary(name => name, name => File.ReadAllBytes(Path.Combine(RepoPaths.Theme, "assets", "fonts", name)));

    /// <summary>The key of the sample site's images, as its site.yml and the theme's fonts make it.</summary>
    private static string SampleKey => BrandImages.FileKey("Sample guide", "A guide for tests.", "https://example.org", Fonts);

    private Dictionary<string, byte[]> Build(string name, BuildCacheFolder? cache)
    {
        var output = Temp.Combine(name);
        var result = new SiteBuilder(cache).Build(new BuildOptions(Content.Root, RepoPaths.Theme, output, Search: false));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return FolderSnapshot.Of(output);
    }

    /// <summary>Stands in for drawn images: bytes no drawing makes, so finding them in a site means they came from the file.</summary>
    private static BrandImageSet Planted() => new(
        BrandImage.Of("share.png", 1200, 630, "planted share"u8.ToArray()),
        BrandImage.Of("icon-192.png", 192, 192, "planted 192"u8.ToArray()),
        BrandImage.Of("icon-512.png", 512, 512, "planted 512"u8.ToArray()));

    [Fact]
    public void A_build_keeps_the_images_and_the_next_one_gives_the_same_bytes_from_them()
    {
        var uncached = Build("plain", cache: null);

        var first = Build("first", CacheFolder);
        var kept = CacheFolder.Images.Read(SampleKey);

        Assert.NotNull(kept);
        Assert.All(kept.All, image => Assert.Equal(image.Bytes, uncached[image.Url.TrimStart('/')]));
        FolderSnapshot.AssertSame(uncached, first);
        FolderSnapshot.AssertSame(uncached, Build("second", CacheFolder));
    }

    [Fact]
    public void Kept_images_are_published_instead_of_drawing_again()
    {
        Build("first", CacheFolder);
        var planted = Planted();
        CacheFolder.Images.Write(SampleKey, planted);

        var site = Build("second", CacheFolder);

        Assert.All(planted.All, image => Assert.Equal(image.Bytes, site[image.Url.TrimStart('/')]));
        Assert.Contains(planted.Share.Url, System.Text.Encoding.UTF8.GetString(site["index.html"]));
    }

    [Fact]
    public void A_new_title_draws_the_images_again()
    {
        CacheFolder.Images.Write(SampleKey, Planted());
        Content.Write("site.yml", SampleContent.SiteYml.Replace("title: Sample guide", "title: Renamed guide", StringComparison.Ordinal));

        var site = Build("renamed", CacheFolder);

        Assert.All(Planted().All, image => Assert.DoesNotContain(image.Url.TrimStart('/'), site.Keys));
        var drawn = CacheFolder.Images.Read(BrandImages.FileKey("Renamed guide", "A guide for tests.", "https://example.org", Fonts));
        Assert.NotNull(drawn);
        Assert.Equal(drawn.Share.Bytes, site[drawn.Share.Url.TrimStart('/')]);
    }

    [Fact]
    public void A_damaged_file_is_ignored_and_replaced()
    {
        var uncached = Build("plain", cache: null);
        Directory.CreateDirectory(CacheFolder.Path);
        File.WriteAllBytes(CacheFolder.Images.Path, [0x1f, 0x8b, 0x08, 0x00, 0xff]);

        FolderSnapshot.AssertSame(uncached, Build("damaged", CacheFolder));
        Assert.NotNull(CacheFolder.Images.Read(SampleKey));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void A_file_whose_image_length_is_damaged_is_ignored_and_replaced(int length)
    {
        var uncached = Build("plain", cache: null);
        Build("first", CacheFolder);
        OverwriteFirstImageLength(CacheFolder.Images.Path, length);
        Assert.Null(CacheFolder.Images.Read(SampleKey));

        FolderSnapshot.AssertSame(uncached, Build("damaged", CacheFolder));
        Assert.NotNull(CacheFolder.Images.Read(SampleKey));
    }

    /// <summary>Finds the first image's byte count the way the file is laid out (format, stamp, key, then name, width, height, length) and overwrites it.</summary>
    private static void OverwriteFirstImageLength(string path, int length)
    {
        using var stream = File.Open(path, FileMode.Open, FileAccess.ReadWrite);
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        for (var i = 0; i < 4; i++)
        {
            reader.ReadString();
        }
        reader.ReadInt32();
        reader.ReadInt32();
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(length);
    }

    [Fact]
    public void A_cache_folder_that_cannot_be_written_leaves_the_build_as_it_was()
    {
        var uncached = Build("plain", cache: null);
        // A file where the folder should be: nothing can be created inside it.
        File.WriteAllText(Temp.Combine("blocked"), "not a folder");

        FolderSnapshot.AssertSame(uncached, Build("blocked-build", new BuildCacheFolder(Temp.Combine("blocked", "studyguide"))));
    }
}
