using System.Security.Cryptography;

namespace StudyGuide.Output;

/// <summary>
/// The theme's static files (<c>theme/assets/</c>), published under <c>/assets/</c> with a
/// content hash in their names so they can be cached forever and never served stale.
/// </summary>
public sealed class ThemeAssets
{
    private readonly Dictionary<string, (string Url, byte[] Bytes)> _files = new(StringComparer.Ordinal);

    public ThemeAssets(string themeRoot)
    {
        var folder = Path.Combine(themeRoot, "assets");
        if (!Directory.Exists(folder))
        {
            return;
        }
        foreach (var path in Directory.GetFiles(folder).OrderBy(p => p, StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(path);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
            var name = Path.GetFileNameWithoutExtension(path);
            _files[Path.GetFileName(path)] = ($"/assets/{name}.{hash}{Path.GetExtension(path)}", bytes);
        }
    }

    /// <summary>Published URL of a theme asset, e.g. <c>site.css</c> → <c>/assets/site.3f2a9c01bd.css</c>.</summary>
    public string UrlOf(string fileName) =>
        _files.TryGetValue(fileName, out var file) ? file.Url : throw new InvalidOperationException($"theme/assets/{fileName} is missing");

    public IEnumerable<(string Url, byte[] Bytes)> Files => _files.Values;
}
