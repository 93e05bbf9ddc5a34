using Scriban;
using Scriban.Syntax;
using StudyGuide.Diagnostics;
using StudyGuide.Loading;

namespace StudyGuide.Theme;

/// <summary>
/// The Scriban layouts of <c>theme/layouts/</c> and partials of <c>theme/layouts/partials/</c>,
/// each parsed once per build and shared (read-only) by every page render. Loading checks the
/// <see cref="ThemeContract"/>: every layout and partial the site needs is there, and every
/// <c>partial "name"</c> a template calls names one that is.
/// </summary>
internal sealed class ThemeTemplates
{
    public const string Extension = ".sbn-html";

    /// <summary>The template function that renders a partial: <c>{{ partial "name" { arg: value } }}</c>.</summary>
    public const string PartialFunction = "partial";

    private readonly IReadOnlyDictionary<string, Template> _layouts;
    private readonly IReadOnlyDictionary<string, Template> _partials;

    private ThemeTemplates(IReadOnlyDictionary<string, Template> layouts, IReadOnlyDictionary<string, Template> partials)
    {
        _layouts = layouts;
        _partials = partials;
    }

    /// <summary>Parses every layout and partial, read through <paramref name="files"/> (regular files inside the theme folder only), and checks the contract.</summary>
    public static ThemeTemplates? Load(string themeRoot, ContentFiles files, Func<string, string> displayPath, DiagnosticBag diagnostics)
    {
        var layoutsFolder = Path.Combine(themeRoot, "layouts");
        if (!Directory.Exists(layoutsFolder))
        {
            diagnostics.Error(SourceLocation.StartOf(displayPath(layoutsFolder)), "theme layouts folder not found; pass --theme with the folder that holds layouts/");
            return null;
        }
        var partialsFolder = Path.Combine(layoutsFolder, "partials");
        var errors = new DiagnosticBag();
        var layouts = ParseAll(themeRoot, layoutsFolder, files, displayPath, errors);
        var partials = ParseAll(themeRoot, partialsFolder, files, displayPath, errors);

        foreach (var (layout, neededBy) in ThemeContract.Layouts.DistinctBy(l => l.Layout).Where(l => !layouts.ContainsKey(l.Layout)))
        {
            errors.Error(SourceLocation.Absent(displayPath(Path.Combine(layoutsFolder, layout + Extension))), $"the theme has no layout '{layout}': {neededBy} needs it");
        }
        foreach (var (partial, neededBy) in ThemeContract.Partials.Where(p => !partials.ContainsKey(p.Partial)))
        {
            errors.Error(SourceLocation.Absent(displayPath(Path.Combine(partialsFolder, partial + Extension))), $"the theme has no partial '{partial}': {neededBy} needs it");
        }
        foreach (var template in layouts.Values.Concat(partials.Values))
        {
            CheckPartialCalls(template, partials, name => displayPath(Path.Combine(partialsFolder, name + Extension)), errors);
        }

        foreach (var error in errors.Sorted())
        {
            diagnostics.Add(error);
        }
        return errors.HasErrors ? null : new ThemeTemplates(layouts, partials);
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

    /// <summary>Every <c>partial "name"</c> call names a partial of the theme, with a literal name the check can read.</summary>
    private static void CheckPartialCalls(Template template, IReadOnlyDictionary<string, Template> partials, Func<string, string> pathOf, DiagnosticBag diagnostics)
    {
        if (template.Page is null)
        {
            return;
        }
        foreach (var call in Descendants(template.Page).OfType<ScriptFunctionCall>())
        {
            if (call.Target is not ScriptVariable { Name: PartialFunction })
            {
                continue;
            }
            var at = new SourceLocation(call.Span.FileName, call.Span.Start.Line + 1, call.Span.Start.Column + 1);
            if (call.Arguments.Count == 0 || call.Arguments[0] is not ScriptLiteral { Value: string name })
            {
                diagnostics.Error(at, "partial needs the partial's name as a quoted string first, like partial \"pager\" { prev: model.previous }");
            }
            else if (!partials.ContainsKey(name))
            {
                diagnostics.Error(at, $"there is no partial '{name}' ({pathOf(name)})");
            }
        }
    }

    private static IEnumerable<ScriptNode> Descendants(ScriptNode root)
    {
        var pending = new Stack<ScriptNode>([root]);
        while (pending.TryPop(out var node))
        {
            yield return node;
            for (var i = 0; i < node.ChildrenCount; i++)
            {
                if (node.GetChildren(i) is { } child)
                {
                    pending.Push(child);
                }
            }
        }
    }

    public Template Layout(string name) =>
        _layouts.TryGetValue(name, out var template) ? template : throw new InvalidOperationException($"theme has no layout '{name}{Extension}'");

    public Template Partial(string name) =>
        _partials.TryGetValue(name, out var template) ? template : throw new InvalidOperationException($"theme has no partial '{name}{Extension}'");
}
