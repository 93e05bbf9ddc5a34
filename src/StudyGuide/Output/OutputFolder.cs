using StudyGuide.Loading;

namespace StudyGuide.Output;

/// <summary>
/// Whether a folder may be replaced by a build, and the record that it was. A build swaps its
/// output folder for a new one and deletes the old, so an <c>--output</c> naming the wrong folder
/// would delete it: the input or theme folder, the repository, or anyone's files. The output may
/// therefore be a folder that does not exist yet, an empty folder, or a previous output; nothing
/// else. A previous output is recognised by a marker written beside it, in
/// <c>obj/studyguide/&lt;name&gt;.output</c> (next to the highlight cache, so it is never published
/// with the site), or, for a site built before markers existed, by the files every build writes
/// at the top of the site (<see cref="SiteFiles"/>).
/// </summary>
public static class OutputFolder
{
    /// <summary>Written at the top of every site (pages, crawler files): a folder holding all of them was built by this generator.</summary>
    public static readonly IReadOnlyList<string> SiteFiles = ["index.html", "404.html", "sitemap.xml", "robots.txt"];

    /// <summary>The marker file that records <paramref name="outputPath"/> as a previous output.</summary>
    public static string MarkerOf(string outputPath)
    {
        var full = Path.GetFullPath(outputPath).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(full) ?? full, "obj", "studyguide", Path.GetFileName(full) + ".output");
    }

    /// <summary>Records <paramref name="outputPath"/> as a build's output, so the next build may replace it.</summary>
    public static void Mark(string outputPath)
    {
        var marker = MarkerOf(outputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(marker)!);
        File.WriteAllText(marker, $"{RealPath.Of(outputPath) ?? Path.GetFullPath(outputPath)}\n");
    }

    /// <summary>
    /// Why a build must not replace <paramref name="outputPath"/>, as the end of a sentence
    /// about the option (<c>--output '_site' …</c>), or null when it may. <paramref name="protectedFolders"/>
    /// are folders that must survive, by what messages call them (the input folder, the theme
    /// folder, the working directory): the output may be neither one of them nor contain one.
    /// </summary>
    public static string? Refusal(string outputPath, IEnumerable<(string Name, string Path)> protectedFolders)
    {
        var output = RealPath.Of(outputPath);
        if (output is null)
        {
            return "is a symbolic link that loops; pass a plain folder path";
        }
        foreach (var (name, path) in protectedFolders)
        {
            if (RealPath.Of(path) is { } folder && RealPath.IsSameOrInside(folder, output))
            {
                return $"{(folder == output ? "is" : "contains")} {name} ({folder}), which a build must not replace; pass a folder of its own, such as _site";
            }
        }
        // The record is written just after the new site is swapped in: a file in its way would
        // fail the build halfway, so it is refused now, before anything is touched.
        if (RecordBlocker(outputPath) is { } blocker)
        {
            return $"keeps its build record in {Path.GetDirectoryName(MarkerOf(outputPath))}, but {blocker} is in the way; move it, or pass an --output in another folder";
        }
        var kind = UnixFiles.KindOf(output);
        if (kind == FileKind.Missing)
        {
            return null;
        }
        if (kind != FileKind.Directory)
        {
            return $"is {kind.Describe()}, not a folder; pass the path of a folder (it is created when missing)";
        }
        if (File.Exists(Path.Combine(output, "Site.sln")) || Directory.Exists(Path.Combine(output, ".git")))
        {
            return "is a repository root, which a build must not replace; pass a folder of its own, such as _site";
        }
        if (!Directory.EnumerateFileSystemEntries(output).Any() || IsPreviousOutput(outputPath, output))
        {
            return null;
        }
        return "is a folder with files that no build wrote (every file in it would be deleted); pass an empty or new folder, or delete this one yourself if it is an old site";
    }

    /// <summary>What stands where the record's folders must be folders, or where the record must be a file, described; null when the way is clear.</summary>
    private static string? RecordBlocker(string outputPath)
    {
        var marker = MarkerOf(outputPath);
        var records = Path.GetDirectoryName(marker)!;
        foreach (var folder in new[] { Path.GetDirectoryName(records)!, records })
        {
            if (File.Exists(folder))
            {
                return $"{folder} (a file, not a folder)";
            }
        }
        return Directory.Exists(marker) ? $"{marker} (a folder, not a file)" : null;
    }

    private static bool IsPreviousOutput(string outputPath, string realOutput) =>
        (File.Exists(MarkerOf(outputPath)) && File.ReadAllText(MarkerOf(outputPath)).Trim() == realOutput && File.Exists(Path.Combine(realOutput, "index.html")))
        || SiteFiles.All(name => File.Exists(Path.Combine(realOutput, name)));
}
