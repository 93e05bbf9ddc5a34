using System.Text;
using StudyGuide.Diagnostics;
using StudyGuide.Loading;
using StudyGuide.Theme;

namespace StudyGuide.Pipeline;

/// <summary>
/// The theme as a build uses it (parsed layouts and partials, bundled and hashed assets), kept
/// between the builds of one <see cref="PreviewSession"/> while the files it was made from are
/// unchanged. The preview server rebuilds on every save, and a save rarely touches the theme.
/// Whether the theme changed is decided from the files themselves (names, sizes, modification
/// times), so a caller cannot forget to tell the cache. A one-off build reads the theme with
/// <see cref="LoadUncached"/> and fingerprints nothing.
/// </summary>
internal sealed class ThemeCache
{
    private static readonly string[] Folders = ["layouts", "assets"];

    private (string Fingerprint, ThemeTemplates Templates, ThemeAssets Assets)? _cached;

    /// <summary>The templates and assets of <paramref name="themeRoot"/>, or null after reporting errors (which are never cached).</summary>
    public (ThemeTemplates Templates, ThemeAssets Assets)? Load(ContentFiles files, string themeRoot, Func<string, string> displayPath, DiagnosticBag diagnostics)
    {
        var fingerprint = Fingerprint(files, themeRoot);
        if (_cached is { } cached && cached.Fingerprint == fingerprint)
        {
            return (cached.Templates, cached.Assets);
        }
        _cached = null;
        if (LoadUncached(files, themeRoot, displayPath, diagnostics) is not { } theme)
        {
            return null;
        }
        _cached = (fingerprint, theme.Templates, theme.Assets);
        return theme;
    }

    /// <summary>The templates and assets read afresh, or null after reporting errors.</summary>
    public static (ThemeTemplates Templates, ThemeAssets Assets)? LoadUncached(ContentFiles files, string themeRoot, Func<string, string> displayPath, DiagnosticBag diagnostics)
    {
        var templates = ThemeTemplates.Load(themeRoot, files, displayPath, diagnostics);
        var assets = ThemeAssets.Load(themeRoot, files, displayPath, diagnostics);
        return templates is null || assets is null ? null : (templates, assets);
    }

    private static string Fingerprint(ContentFiles files, string themeRoot)
    {
        var root = Path.GetFullPath(themeRoot);
        var text = new StringBuilder(root).Append('\n');
        foreach (var folder in Folders.Select(f => Path.Combine(root, f)))
        {
            foreach (var file in files.ListAll(folder))
            {
                var info = new FileInfo(file);
                text.Append(file).Append(' ').Append(info.Length).Append(' ').Append(info.LastWriteTimeUtc.Ticks).Append('\n');
            }
        }
        return text.ToString();
    }
}
