using System.Text;
using StudyGuide.Diagnostics;
using StudyGuide.Loading;
using StudyGuide.Theme;

namespace StudyGuide.Pipeline;

/// <summary>
/// The theme as a build uses it (parsed layouts and partials, bundled and hashed assets), kept
/// between builds of one <see cref="SiteBuilder"/> while the files it was made from are unchanged.
/// The preview server rebuilds on every save, and a save rarely touches the theme. Whether the
/// theme changed is decided from the files themselves (names, sizes, modification times), so a
/// caller cannot forget to tell the cache.
/// </summary>
internal sealed class ThemeCache(ContentFiles files)
{
    private static readonly string[] Folders = ["layouts", "assets"];

    private (string Fingerprint, ThemeTemplates Templates, ThemeAssets Assets)? _cached;

    /// <summary>The templates and assets of <paramref name="themeRoot"/>, or null after reporting errors (which are never cached).</summary>
    public (ThemeTemplates Templates, ThemeAssets Assets)? Load(string themeRoot, Func<string, string> displayPath, DiagnosticBag diagnostics)
    {
        var fingerprint = Fingerprint(themeRoot);
        if (_cached is { } cached && cached.Fingerprint == fingerprint)
        {
            return (cached.Templates, cached.Assets);
        }
        _cached = null;
        var templates = ThemeTemplates.Load(themeRoot, files, displayPath, diagnostics);
        var assets = ThemeAssets.Load(themeRoot, files, displayPath, diagnostics);
        if (templates is null || assets is null)
        {
            return null;
        }
        _cached = (fingerprint, templates, assets);
        return (templates, assets);
    }

    private string Fingerprint(string themeRoot)
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
