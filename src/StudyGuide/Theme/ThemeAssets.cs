using System.Security.Cryptography;
using System.Text;
using StudyGuide.Diagnostics;
using StudyGuide.Loading;
using StudyGuide.Routing;

namespace StudyGuide.Theme;

/// <summary>
/// The theme's static files, published under <c>/assets/</c> with a content hash in their names
/// so they can be cached forever and never served stale. <c>theme/assets/css/*.css</c> are bundled,
/// in file-name order, into one <c>site.css</c> (minified by <see cref="CssMinifier"/>); the scripts are
/// <c>theme/assets/dist/*.js</c>, the theme's ES modules (<c>theme/assets/js/</c>) bundled by esbuild and
/// committed, so building a site needs no Node.js (<c>npm run build</c> in <c>theme/</c> remakes them; a
/// test fails while one is stale): <c>site.js</c> for every page, <c>editor.js</c> (the code editor,
/// imported by the page script only on coding problems), <c>review.js</c> and <c>mock.js</c> for
/// /review/ and /mock/ only (<see cref="ThemeContract.Assets"/> names them). A page loads two small files (three there), and each feature keeps its own
/// source file. Other files in <c>theme/assets/</c> are copied as they are. Two more inputs of the build
/// are read with the assets but not published here: the service worker's script (<c>dist/sw.js</c>,
/// bundled by esbuild too, published unhashed as <c>/sw.js</c> by the offline stage) and the fonts of
/// the generated images (<c>fonts/*.ttf</c>): <see cref="ThemeContract.BuildInputs"/>.
/// </summary>
internal sealed class ThemeAssets
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
        foreach (var (name, source, _) in ThemeContract.Assets.Where(a => a.Source.StartsWith("dist/", StringComparison.Ordinal)))
        {
            var script = Path.Combine(folder, source);
            if (files.Exists(script) && Read(script) is { } bytes)
            {
                assets.Add(name, bytes);
            }
        }
        var serviceWorker = Path.Combine(folder, ThemeContract.ServiceWorkerBundle);
        if (files.Exists(serviceWorker) && ReadText(serviceWorker) is { } serviceWorkerScript)
        {
            assets.ServiceWorkerScript = serviceWorkerScript;
        }
        foreach (var path in files.List(Path.Combine(folder, ThemeContract.FontFolder), ".ttf"))
        {
            if (Read(path) is { } font)
            {
                assets._fonts[Path.GetFileName(path)] = font;
            }
        }
        // Other files of assets/ itself are copied as they are; its subfolders are the bundles' sources.
        foreach (var path in files.List(folder, "").Where(p => !Directory.Exists(p)))
        {
            if (Read(path) is { } file)
            {
                assets.Add(Path.GetFileName(path), file);
            }
        }
        foreach (var (name, source, neededBy) in ThemeContract.Assets.Where(r => !assets._files.ContainsKey(r.Name)))
        {
            var what = source == "css" ? $"{displayPath(Path.Combine(folder, "css"))}/*.css" : displayPath(Path.Combine(folder, source));
            errors.Error(SourceLocation.Absent(what), $"the theme has no {name}: {neededBy}");
        }
        foreach (var (source, neededBy) in ThemeContract.BuildInputs.Where(r => !files.Exists(Path.Combine(folder, r.Source))))
        {
            errors.Error(SourceLocation.Absent(displayPath(Path.Combine(folder, source))), $"the theme has no {Path.GetFileName(source)}: {neededBy}");
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

    private void Add(string fileName, byte[] bytes) => _files[fileName] = (HashedUrl(fileName, bytes), bytes);

    /// <summary>
    /// Where a file the build publishes under <c>/assets/</c> goes: its name with a hash of its
    /// bytes, e.g. <c>site.css</c> → <c>/assets/site.3f2a9c01bd.css</c>, so it can be cached forever.
    /// </summary>
    public static string HashedUrl(string fileName, ReadOnlySpan<byte> bytes)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
        return $"{Routes.Assets}{Path.GetFileNameWithoutExtension(fileName)}.{hash}{Path.GetExtension(fileName)}";
    }

    /// <summary>The service worker's script as esbuild bundled it (<c>theme/assets/dist/sw.js</c>), before the offline stage adds the build's file list.</summary>
    public string ServiceWorkerScript { get; private set; } = "";

    private readonly Dictionary<string, byte[]> _fonts = new(StringComparer.Ordinal);

    /// <summary>The fonts in <c>theme/assets/fonts/</c> by file name, for the images the build draws; never published.</summary>
    public IReadOnlyDictionary<string, byte[]> Fonts => _fonts;

    /// <summary>Published URL of an asset, e.g. <c>site.css</c> → <c>/assets/site.3f2a9c01bd.css</c>.</summary>
    public string UrlOf(string fileName) =>
        _files.TryGetValue(fileName, out var file) ? file.Url : throw new InvalidOperationException($"theme asset {fileName} is missing");

    public IEnumerable<(string Url, byte[] Bytes)> Files => _files.Values;
}
