using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Hostile;

/// <summary>A copy of the repository's theme (layouts and assets) in a scratch folder, for tests that change or misuse a theme.</summary>
public static class ScratchTheme
{
    /// <summary>Copies the theme to <c>theme/</c> in <paramref name="folder"/> and returns its path.</summary>
    public static string CopyInto(string folder)
    {
        var theme = Path.Combine(folder, "theme");
        foreach (var part in new[] { "layouts", "assets" })
        {
            TempFolder.CopyDirectory(Path.Combine(RepoPaths.Theme, part), Path.Combine(theme, part));
        }
        return theme;
    }
}
