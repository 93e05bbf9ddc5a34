using StudyGuide.Highlighting;
using StudyGuide.Sharing;

namespace StudyGuide.Pipeline;

/// <summary>
/// What builds keep between processes, in one folder: highlighted code and the drawn share image
/// and icons. Each file only saves work (a build with them writes the same bytes as one without),
/// and <c>build --no-cache</c> goes without the folder.
/// </summary>
public sealed class BuildCacheFolder(string path)
{
    public string Path { get; } = path;

    internal HighlightCacheFile Highlights => new(System.IO.Path.Combine(Path, "highlight-cache.bin"));

    internal BrandImageCacheFile Images => new(System.IO.Path.Combine(Path, "brand-images.bin"));

    /// <summary>The folder of a build into <paramref name="outputPath"/>: <c>obj/studyguide/</c> beside it, which .gitignore already leaves out.</summary>
    public static BuildCacheFolder Beside(string outputPath) =>
        new(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(outputPath))!, "obj", "studyguide"));
}
