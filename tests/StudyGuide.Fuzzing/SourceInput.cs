using System.Text;
using System.Text.RegularExpressions;

namespace StudyGuide.Fuzzing;

/// <summary>What a content file is, which decides the mutations that make sense for it.</summary>
public enum FileKind
{
    Yaml,
    Markdown,
    Go,
    Other,
}

/// <summary>One file of the unmodified <c>input/</c>, by its path inside that folder.</summary>
public sealed record SourceFile(string Path, byte[] Content)
{
    public FileKind Kind => System.IO.Path.GetExtension(Path) switch
    {
        ".yml" or ".yaml" => FileKind.Yaml,
        ".md" => FileKind.Markdown,
        ".go" => FileKind.Go,
        _ => FileKind.Other,
    };

    public string Text => Encoding.UTF8.GetString(Content);

    public string[] Lines => Text.Split('\n');
}

/// <summary>
/// The real <c>input/</c>, read once into memory: every case starts from these bytes, and the
/// splicing and id mutations take their fragments and ids from them.
/// </summary>
public sealed partial class SourceInput
{
    private SourceInput(string root, IReadOnlyList<SourceFile> files)
    {
        Root = root;
        Files = files;
        Ids = files.SelectMany(IdsOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    public string Root { get; }

    /// <summary>Sorted by path, so a seed picks the same files on every machine.</summary>
    public IReadOnlyList<SourceFile> Files { get; }

    /// <summary>Every content id (chapter file names, bank, question and checklist ids), for id clashes.</summary>
    public IReadOnlyList<string> Ids { get; }

    public static SourceInput Read(string root)
    {
        var full = System.IO.Path.GetFullPath(root);
        var files = Directory.GetFiles(full, "*", SearchOption.AllDirectories)
            .Select(path => new SourceFile(System.IO.Path.GetRelativePath(full, path).Replace('\\', '/'), File.ReadAllBytes(path)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        return new SourceInput(full, files);
    }

    /// <summary>Writes the unmodified input to <paramref name="folder"/> (created).</summary>
    public void WriteTo(string folder)
    {
        foreach (var file in Files)
        {
            var path = System.IO.Path.Combine(folder, file.Path);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        }
    }

    private static IEnumerable<string> IdsOf(SourceFile file) => file.Kind switch
    {
        FileKind.Markdown when file.Path.StartsWith("chapters/", StringComparison.Ordinal) => [System.IO.Path.GetFileNameWithoutExtension(file.Path)],
        FileKind.Yaml => IdLine().Matches(file.Text).Select(m => m.Groups["id"].Value),
        _ => [],
    };

    [GeneratedRegex(@"^\s*(?:- )?id: (?<id>[a-z0-9-]+)\s*$", RegexOptions.Multiline)]
    private static partial Regex IdLine();
}
