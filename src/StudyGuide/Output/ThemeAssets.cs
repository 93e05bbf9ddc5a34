using System.Security.Cryptography;
using System.Text;

namespace StudyGuide.Output;

/// <summary>
/// The theme's static files, published under <c>/assets/</c> with a content hash in their names
/// so they can be cached forever and never served stale. <c>theme/assets/css/*.css</c> are bundled,
/// in file-name order, into one <c>site.css</c>; <c>site.js</c> is <c>theme/assets/dist/site.js</c>,
/// the theme's ES modules (<c>theme/assets/js/</c>) bundled by esbuild and committed, so building
/// a site needs no Node.js (<c>npm run build</c> in <c>theme/</c> remakes it; a test fails while it is
/// stale). A page loads two small files, and each feature keeps its own source file. Other files
/// in <c>theme/assets/</c> are copied as they are.
/// </summary>
public sealed class ThemeAssets
{
    private readonly Dictionary<string, (string Url, byte[] Bytes)> _files = new(StringComparer.Ordinal);

    public ThemeAssets(string themeRoot)
    {
        var folder = Path.Combine(themeRoot, "assets");
        Add("site.css", Bundle(Path.Combine(folder, "css"), "*.css"));
        var script = Path.Combine(folder, "dist", "site.js");
        Add("site.js", File.Exists(script) ? File.ReadAllBytes(script) : []);
        if (Directory.Exists(folder))
        {
            foreach (var path in Directory.GetFiles(folder).OrderBy(p => p, StringComparer.Ordinal))
            {
                Add(Path.GetFileName(path), File.ReadAllBytes(path));
            }
        }
    }

    private static byte[] Bundle(string folder, string pattern)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }
        var text = new StringBuilder();
        foreach (var path in Directory.GetFiles(folder, pattern).OrderBy(p => p, StringComparer.Ordinal))
        {
            text.Append(File.ReadAllText(path).Replace("\r\n", "\n").TrimEnd('\n')).Append('\n');
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private void Add(string fileName, byte[] bytes)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
        _files[fileName] = ($"/assets/{Path.GetFileNameWithoutExtension(fileName)}.{hash}{Path.GetExtension(fileName)}", bytes);
    }

    /// <summary>Published URL of an asset, e.g. <c>site.css</c> → <c>/assets/site.3f2a9c01bd.css</c>.</summary>
    public string UrlOf(string fileName) =>
        _files.TryGetValue(fileName, out var file) ? file.Url : throw new InvalidOperationException($"theme asset {fileName} is missing");

    public IEnumerable<(string Url, byte[] Bytes)> Files => _files.Values;
}
