namespace StudyGuide.CodeLanguages;

/// <summary>The code languages the build knows, and how to find one from a file or a Markdown fence.</summary>
public static class Languages
{
    public static readonly IReadOnlyList<CodeLanguage> All = [Go.GoLanguage.Instance];

    /// <summary>The language new programs are written in (<c>new problem</c>).</summary>
    public static CodeLanguage Default => All[0];

    /// <summary>The language of a program file, by its extension; null when none has it.</summary>
    public static CodeLanguage? OfFile(string path) => All.FirstOrDefault(l => path.EndsWith(l.FileExtension, StringComparison.Ordinal));

    /// <summary>The program files' extensions, for messages ("a .go file").</summary>
    public static string Extensions => string.Join(" or ", All.Select(l => l.FileExtension));
}
