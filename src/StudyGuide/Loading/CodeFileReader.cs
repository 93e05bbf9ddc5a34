using StudyGuide.CodeLanguages;
using StudyGuide.Content;
using StudyGuide.ContentTypes;

namespace StudyGuide.Loading;

/// <summary>
/// Reads the program files a question names, each a file next to the bank file: its program (its
/// <see cref="CodeField"/>) and what it must print, and a coding question's practice files (its
/// <see cref="PracticeFileField"/>s), whose names are fixed by the question's id.
/// </summary>
internal sealed class CodeFileReader
{
    public CodeSample? Read(InputFolder input, string bankPath, YamlMap map, CodeField field, OutputField? output)
    {
        var relative = map.String(field.Key);
        var file = relative is null ? null : ReadFile(input, bankPath, map, field.Key, relative, $"coding/two-sum{Languages.Default.FileExtension}");
        if (file is null)
        {
            return null;
        }
        var expected = output is not null && map.Has(output.Key) ? map.RawString(output.Key) : null;
        return new CodeSample(file.Value.SourcePath, file.Value.Code, expected, file.Value.Language);
    }

    /// <summary>
    /// The practice file of <paramref name="field"/> of question <paramref name="id"/> in bank <paramref name="bankId"/>,
    /// which must be named as its language's rule says (<see cref="CodeLanguage.PracticePath"/>).
    /// </summary>
    public PracticeFileValue? ReadPracticeFile(InputFolder input, string bankPath, string bankId, string id, YamlMap map, PracticeFileField field)
    {
        var key = field.Key;
        var relative = map.String(key);
        if (relative is null)
        {
            return null;
        }
        var expectedPath = (Languages.OfFile(relative) ?? Languages.Default).PracticePath(field.Role, bankId, id);
        if (relative != expectedPath)
        {
            map.File.Diagnostics.Error(map.LocationOf(key),
                $"'{key}' must be '{expectedPath}' (the name is fixed: {field.Rule}, relative to this bank file), not '{relative}'; rename the file or fix the path");
            return null;
        }
        return ReadFile(input, bankPath, map, key, relative, expectedPath) is { } file
            ? new PracticeFileValue(field, field.Role, file.SourcePath, file.Code, file.Language)
            : null;
    }

    private static (string SourcePath, string Code, CodeLanguage Language)? ReadFile(InputFolder input, string bankPath, YamlMap map, string key, string relative, string example)
    {
        var location = map.LocationOf(key);
        var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(bankPath)!, relative));
        var language = Languages.OfFile(relative);
        if (!full.StartsWith(input.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || language is null)
        {
            map.File.Diagnostics.Error(location,
                $"'{key}' must name a {Languages.Extensions} file inside the input folder, relative to this bank file (like '{example}'), not '{relative}'");
            return null;
        }
        if (!input.Exists(full))
        {
            map.File.Diagnostics.Error(location, $"{key} file '{relative}' not found (looked for {input.DisplayPath(full)}); create it or fix the path");
            return null;
        }
        // Checked like every content file: a link out of input/ (say, to /proc/self/environ) would otherwise be published on the question's page.
        var code = input.Files.ReadText(input.Root, full, location, map.File.Diagnostics, $"{key} file '{relative}'");
        return code is null ? null : (input.RepositoryPath(full), code.Replace("\r\n", "\n"), language);
    }
}
