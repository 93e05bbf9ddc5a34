using System.Security.Cryptography;
using System.Text;
using StudyGuide.Diagnostics;
using StudyGuide.Loading;

namespace StudyGuide.Theme;

/// <summary>
/// The theme's static files, published under <c>/assets/</c> with a content hash in their names
/// so they can be cached forever and never served stale. <c>theme/assets/css/*.css</c> are bundled,
/// in file-name order, into one <c>site.css</c> (minified by <see cref="CssMinifier"/>); <c>site.js</c> is <c>theme/assets/dist/site.js</c>,
/// the theme's ES modules (<c>theme/assets/js/</c>) bundled by esbuild and committed, so building
/// a site needs no Node.js (<c>npm run build</c> in <c>theme/</c> remakes it; a test fails while it is
/// stale). A page loads two small files, and each feature keeps its own source file. Other files
/// in <c>theme/assets/</c> are copied as they are.
/// </summary>
public sealed class ThemeAssets
{
    private readonly Dictionary<string, (string Url, byte[] Bytes)> _files = new(StringComparer.Ordinal);

    private ThemeAssets()
    {
    }

    /// <summary>The theme's assets, read through <paramref name="files"/> (regular files inside the theme folder only); null after reporting a file that cannot be read.</summary>
    public static ThemeAssets? Load(string themeRoot, ContentFiles files, Func<string, string> displayPath, DiagnosticBag diagnostics)
    {
        var assets = new ThemeAssets();
        var errors = new DiagnosticBag();
        SourceLocation At(string path) => SourceLocation.StartOf(displayPath(path));
        byte[]? Read(string path) => files.ReadBytes(themeRoot, path, At(path), errors);
        string? ReadText(string path) => files.ReadText(themeRoot, path, At(path), errors);

        var folder = Path.Combine(themeRoot, "assets");
        var stylesheets = files.List(Path.Combine(folder, "css"), ".css");
        if (stylesheets.Count > 0)
        {
            assets.Add(ThemeContract.Stylesheet, Bundle(stylesheets.Select(ReadText)));
        }
        // The scripts are bundled by esbuild ahead of time (theme/build.js); the build only publishes the result.
        var script = Path.Combine(folder, "dist", "site.js");
        if (files.Exists(script) && Read(script) is { } bytes)
        {
            assets.Add(ThemeContract.Script, bytes);
        }
        // Other files of assets/ itself are copied as they are; its subfolders are the bundles' sources.
        foreach (var path in files.List(folder, "").Where(p => !Directory.Exists(p)))
        {
            if (Read(path) is { } file)
            {
                assets.Add(Path.GetFileName(path), file);
            }
        }
        foreach (var (name, source) in ThemeContract.Assets.Where(r => !assets._files.ContainsKey(r.Name)))
        {
            var what = source == "css" ? $"{displayPath(Path.Combine(folder, "css"))}/*.css" : displayPath(Path.Combine(folder, source));
            errors.Error(SourceLocation.Absent(what), $"the theme has no {name}: every page links to it");
        }
        foreach (var error in errors.Sorted())
        {
            diagnostics.Add(error);
        }
        return errors.HasErrors ? null : assets;
    }

    private static byte[] Bundle(IEnumerable<string?> files)
    {
        var text = new StringBuilder();
        foreach (var file in files.OfType<string>())
        {
            text.Append(file.Replace("\r\n", "\n").TrimEnd('\n')).Append('\n');
        }
        return Encoding.UTF8.GetBytes(CssMinifier.Minify(text.ToString()));
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
