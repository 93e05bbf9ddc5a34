using StudyGuide.Content;

namespace StudyGuide.Loading;

/// <summary>
/// Reads the Go files a question names: its <c>code</c> (with <c>expected_output</c>), and for coding
/// questions the optional <c>starter</c> and <c>tests</c>. Each is a <c>.go</c> file next to the bank file.
/// </summary>
public sealed class CodeFileReader
{
    public CodeSample? Read(InputFolder input, string bankPath, YamlMap map)
    {
        var file = ReadGoFile(input, bankPath, map, "code");
        var expected = map.Has("expected_output") ? map.RawString("expected_output") : null;
        return file is null ? null : new CodeSample(file.SourcePath, file.Code, expected);
    }

    /// <summary>The Go file named under <paramref name="key"/>, or null when the key is absent or the file cannot be read (reported).</summary>
    public GoFile? ReadGoFile(InputFolder input, string bankPath, YamlMap map, string key)
    {
        var relative = map.String(key);
        if (relative is null)
        {
            return null;
        }
        var location = map.LocationOf(key);
        var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(bankPath)!, relative));
        if (!full.StartsWith(input.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !relative.EndsWith(".go", StringComparison.Ordinal))
        {
            map.File.Diagnostics.Error(location, $"'{key}' must name a .go file inside the input folder, relative to this bank file (like 'coding/two-sum.go'), not '{relative}'");
            return null;
        }
        if (!input.Exists(full))
        {
            map.File.Diagnostics.Error(location, $"{key} file '{relative}' not found (looked for {input.DisplayPath(full)}); create it or fix the path");
            return null;
        }
        // Checked like every content file: a link out of input/ (say, to /proc/self/environ) would otherwise be published on the question's page.
        var code = input.Files.ReadText(input.Root, full, location, map.File.Diagnostics, $"{key} file '{relative}'");
        return code is null ? null : new GoFile(input.RepositoryPath(full), code.Replace("\r\n", "\n"));
    }
}
