using Scriban;
using StudyGuide.Diagnostics;
using StudyGuide.Loading;

namespace StudyGuide.Rendering;

/// <summary>
/// The Scriban layouts of <c>theme/layouts/</c> and partials of <c>theme/layouts/partials/</c>,
/// each parsed once per build and shared (read-only) by every page render.
/// </summary>
public sealed class ThemeTemplates
{
    public const string Extension = ".sbn-html";

    private readonly IReadOnlyDictionary<string, Template> _layouts;
    private readonly IReadOnlyDictionary<string, Template> _partials;

    private ThemeTemplates(IReadOnlyDictionary<string, Template> layouts, IReadOnlyDictionary<string, Template> partials)
    {
        _layouts = layouts;
        _partials = partials;
    }

    /// <summary>Parses every layout and partial, read through <paramref name="files"/> (regular files inside the theme folder only).</summary>
    public static ThemeTemplates? Load(string themeRoot, ContentFiles files, Func<string, string> displayPath, DiagnosticBag diagnostics)
    {
        var layoutsFolder = Path.Combine(themeRoot, "layouts");
        if (!Directory.Exists(layoutsFolder))
        {
            diagnostics.Error(SourceLocation.StartOf(displayPath(layoutsFolder)), "theme layouts folder not found; pass --theme with the folder that holds layouts/");
            return null;
        }
        var layouts = ParseAll(themeRoot, layoutsFolder, files, displayPath, diagnostics);
        var partials = ParseAll(themeRoot, Path.Combine(layoutsFolder, "partials"), files, displayPath, diagnostics);
        return diagnostics.HasErrors ? null : new ThemeTemplates(layouts, partials);
    }

    private static Dictionary<string, Template> ParseAll(string themeRoot, string folder, ContentFiles files, Func<string, string> displayPath, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var path in files.List(folder, Extension))
        {
            var display = displayPath(path);
            if (files.ReadText(themeRoot, path, SourceLocation.StartOf(display), diagnostics) is not { } text)
            {
                continue;
            }
            var template = Template.Parse(text, display);
            foreach (var message in template.Messages)
            {
                diagnostics.Error(new SourceLocation(display, message.Span.Start.Line + 1, message.Span.Start.Column + 1), message.Message);
            }
            templates[Path.GetFileName(path)[..^Extension.Length]] = template;
        }
        return templates;
    }

    public Template Layout(string name) =>
        _layouts.TryGetValue(name, out var template) ? template : throw new InvalidOperationException($"theme has no layout '{name}{Extension}'");

    public Template Partial(string name) =>
        _partials.TryGetValue(name, out var template) ? template : throw new InvalidOperationException($"theme has no partial '{name}{Extension}'");
}
