using System.Security.Cryptography;
using System.Text;

namespace StudyGuide.Output;

/// <summary>
/// The theme's static files, published under <c>/assets/</c> with a content hash in their names
/// so they can be cached forever and never served stale. <c>theme/assets/css/*.css</c> and
/// <c>theme/assets/js/*.js</c> are each bundled, in file-name order, into one <c>site.css</c> and
/// one <c>site.js</c>: a page loads two small files, and each feature keeps its own source file.
/// Other files in <c>theme/assets/</c> are copied as they are.
/// </summary>
public sealed class ThemeAssets
{
    private readonly Dictionary<string, (string Url, byte[] Bytes)> _files = new(StringComparer.Ordinal);

    public ThemeAssets(string themeRoot)
    {
        var folder = Path.Combine(themeRoot, "assets");
        Add("site.css", Bundle(Path.Combine(folder, "css"), "*.css"));
        Add("site.js", Bundle(Path.Combine(folder, "js"), "*.js"));
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
