using StudyGuide.Diagnostics;

namespace StudyGuide.Loading;

/// <summary>
/// <c>input/playground.lock</c>: Go Playground share ids recorded for code files, one
/// <c>&lt;sha256 of the code&gt; &lt;id&gt;</c> pair per line, sorted so diffs stay small.
/// The build links to a share id only when the code's current hash has one.
/// </summary>
public static class PlaygroundLock
{
    // Not a const: the CLI names this file, and a const would be copied into it, leaving no reference to this type (see ArchitectureTests).
    public static readonly string FileName = "playground.lock";

    /// <summary>The recorded ids; none when there is no lock file, or when it cannot be read (which is reported).</summary>
    public static IReadOnlyDictionary<string, string> Read(InputFolder input, DiagnosticBag diagnostics)
    {
        var path = input.PathOf(FileName);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!input.Exists(path) || input.ReadText(path, diagnostics) is not { } text)
        {
            return ids;
        }
        foreach (var line in text.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2 && !line.StartsWith('#'))
            {
                ids[parts[0]] = parts[1];
            }
        }
        return ids;
    }

    public static void Write(InputFolder input, IReadOnlyDictionary<string, string> ids)
    {
        var lines = ids.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}");
        File.WriteAllText(input.PathOf(FileName),
            "# Go Playground share ids by SHA-256 of the code; written by `studyguide playground share`.\n" + string.Join("\n", lines) + "\n");
    }
}
