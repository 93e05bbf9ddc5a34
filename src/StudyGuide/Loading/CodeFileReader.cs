using StudyGuide.Content;

namespace StudyGuide.Loading;

/// <summary>
/// Reads the Go files a question names: its <c>code</c> (with <c>expected_output</c>), and for coding
/// questions the <c>starter</c> and <c>tests</c>, whose names follow <see cref="PracticeFiles"/>. Each
/// is a <c>.go</c> file next to the bank file.
/// </summary>
public sealed class CodeFileReader
{
    public CodeSample? Read(InputFolder input, string bankPath, YamlMap map)
    {
        var relative = map.String("code");
        var file = relative is null ? null : ReadGoFile(input, bankPath, map, "code", relative, "coding/two-sum.go");
        var expected = map.Has("expected_output") ? map.RawString("expected_output") : null;
        return file is null ? null : new CodeSample(file.SourcePath, file.Code, expected);
    }

    /// <summary>
    /// The practice file under <paramref name="key"/> (<see cref="PracticeFiles.StarterKey"/> or
    /// <see cref="PracticeFiles.TestsKey"/>), which must be named <paramref name="expectedPath"/>.
    /// </summary>
    public GoFile? ReadPracticeFile(InputFolder input, string bankPath, YamlMap map, string key, string expectedPath)
    {
        var relative = map.String(key);
        if (relative is null)
        {
            return null;
        }
        if (relative != expectedPath)
        {
            var rule = key == PracticeFiles.StarterKey ? PracticeFiles.StarterPath("<bank>", "<id>") : PracticeFiles.TestsPath("<bank>", "<id>");
            map.File.Diagnostics.Error(map.LocationOf(key),
                $"'{key}' must be '{expectedPath}' (the name is fixed: {rule}, relative to this bank file), not '{relative}'; rename the file or fix the path");
            return null;
        }
        return ReadGoFile(input, bankPath, map, key, relative, expectedPath);
    }

    private static GoFile? ReadGoFile(InputFolder input, string bankPath, YamlMap map, string key, string relative, string example)
    {
        var location = map.LocationOf(key);
        var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(bankPath)!, relative));
        if (!full.StartsWith(input.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !relative.EndsWith(".go", StringComparison.Ordinal))
        {
            map.File.Diagnostics.Error(location, $"'{key}' must name a .go file inside the input folder, relative to this bank file (like '{example}'), not '{relative}'");
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
