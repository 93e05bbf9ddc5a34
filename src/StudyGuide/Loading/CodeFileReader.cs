using StudyGuide.Content;
using StudyGuide.ContentTypes;
using StudyGuide.CodeLanguages;

namespace StudyGuide.Loading;

/// <summary>Reads a question's program (its <see cref="CodeField"/>) and what it must print: a file next to the bank file.</summary>
public sealed class CodeFileReader
{
    public CodeSample? Read(InputFolder input, string bankPath, YamlMap map, CodeField field, OutputField? output)
    {
        var key = field.Key;
        var relative = map.String(key);
        if (relative is null)
        {
            return null;
        }
        var location = map.LocationOf(key);
        var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(bankPath)!, relative));
        var language = Languages.OfFile(relative);
        if (!full.StartsWith(input.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || language is null)
        {
            map.File.Diagnostics.Error(location,
                $"'{key}' must name a {Languages.Extensions} file inside the input folder, relative to this bank file (like 'coding/two-sum{Languages.Default.FileExtension}'), not '{relative}'");
            return null;
        }
        if (!input.Exists(full))
        {
            map.File.Diagnostics.Error(location, $"code file '{relative}' not found (looked for {input.DisplayPath(full)}); create it or fix the path");
            return null;
        }
        // Checked like every content file: a link out of input/ (say, to /proc/self/environ) would otherwise be published on the question's page.
        var code = input.Files.ReadText(input.Root, full, location, map.File.Diagnostics, $"code file '{relative}'");
        if (code is null)
        {
            return null;
        }
        var expected = output is not null && map.Has(output.Key) ? map.RawString(output.Key) : null;
        return new CodeSample(input.RepositoryPath(full), code.Replace("\r\n", "\n"), expected, language);
    }
}
