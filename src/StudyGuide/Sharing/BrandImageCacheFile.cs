using StudyGuide.Caching;

namespace StudyGuide.Sharing;

/// <summary>
/// The last <see cref="BrandImageSet"/> a build drew, kept for the next process (in
/// <c>obj/studyguide/</c> beside the output, next to the highlighted code). Drawing the images means
/// loading Skia and encoding three PNGs, a fixed cost of every build that is large next to a small
/// site's; the images change only with the site's title, description or base URL and the theme's
/// fonts, which the key covers. Stamped with this assembly's and SkiaSharp's versions, so a new
/// drawing or a new Skia never reuses old pixels. A stored image's URL is made again from its
/// bytes, as when it was drawn, so a changed byte changes its URL rather than hiding behind the old one.
/// </summary>
internal sealed class BrandImageCacheFile(string path)
{
    private readonly StampedCacheFile _file = new(path, "studyguide-brand-images-v1", typeof(BrandImageCacheFile), typeof(SkiaSharp.SKCanvas));

    public string Path => _file.Path;

    /// <summary>The images stored under <paramref name="key"/>, or null when the file holds others or none.</summary>
    public BrandImageSet? Read(string key) => _file.Read(reader =>
    {
        if (reader.ReadString() != key)
        {
            return null;
        }
        return new BrandImageSet(ReadImage(reader), ReadImage(reader), ReadImage(reader));
    });

    public void Write(string key, BrandImageSet images) => _file.Write(writer =>
    {
        writer.Write(key);
        foreach (var image in images.All)
        {
            writer.Write(image.FileName);
            writer.Write(image.Width);
            writer.Write(image.Height);
            writer.Write(image.Bytes.Length);
            writer.Write(image.Bytes);
        }
    });

    private static BrandImage ReadImage(BinaryReader reader)
    {
        var (fileName, width, height) = (reader.ReadString(), reader.ReadInt32(), reader.ReadInt32());
        // A damaged length must read as a damaged file: neither a negative count (which ReadBytes
        // refuses with an exception no cache expects) nor a huge one (which it would allocate).
        var length = reader.ReadInt32();
        if (length < 0 || length > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            throw new EndOfStreamException();
        }
        return BrandImage.Of(fileName, width, height, reader.ReadBytes(length));
    }
}
