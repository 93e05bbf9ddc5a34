using StudyGuide.Content;
using StudyGuide.Diagnostics;
using StudyGuide.Linking;

namespace StudyGuide.Loading;

/// <summary>Reads <c>input/site.yml</c>.</summary>
public sealed class SiteConfigLoader
{
    /// <summary>Top-level keys; public so the JSON schema tests can hold the schema to them.</summary>
    public static readonly IReadOnlyList<string> Required = ["title", "description", "base_url", "repository", "branch"];
    public static readonly IReadOnlyList<string> Optional = ["nav", "playground"];
    private static readonly string[] NavKeys = ["title", "link"];

    public SiteConfig? Load(InputFolder input, DiagnosticBag diagnostics)
    {
        var candidates = InputFolder.YamlExtensions.Select(e => input.PathOf("site" + e)).Where(input.Exists).ToList();
        var path = candidates.FirstOrDefault() ?? input.PathOf("site.yml");
        var display = input.DisplayPath(path);
        if (candidates.Count > 1)
        {
            diagnostics.Error(SourceLocation.StartOf(input.DisplayPath(candidates[1])), "site.yml and site.yaml are both here; keep one of them (either extension works)");
            return null;
        }
        if (candidates.Count == 0)
        {
            diagnostics.Error(SourceLocation.StartOf(display), "site.yml is missing; create it with title, description, base_url, repository and branch");
            return null;
        }

        var text = input.ReadText(path, diagnostics);
        var map = text is null ? null : YamlFile.Parse(display, text, diagnostics);
        if (map is null)
        {
            return null;
        }
        var complete = map.CheckKeys(Required, Optional);
        var title = map.String("title");
        var description = map.String("description");
        var baseUrl = AbsoluteUrl(map, "base_url");
        var repository = AbsoluteUrl(map, "repository");
        var branch = map.String("branch");
        var playground = map.Has("playground") ? SitePath(map, "playground") : "/play";

        var nav = new List<NavItem>();
        foreach (var item in map.MapList("nav"))
        {
            if (item.CheckKeys(NavKeys, []) && item.String("title") is { } navTitle && item.String("link") is { } link)
            {
                nav.Add(new NavItem(navTitle, link, item.LocationOf("link")));
            }
        }

        if (!complete || title is null || description is null || baseUrl is null || repository is null || branch is null || playground is null)
        {
            return null;
        }
        return new SiteConfig(title, description, baseUrl.TrimEnd('/'), repository.TrimEnd('/'), branch, nav, playground.TrimEnd('/'));
    }

    /// <summary>
    /// A path on the site itself, like <c>/play</c>: the pages' Content-Security-Policy
    /// (<c>connect-src 'self'</c>) lets the code runner talk to its own origin only.
    /// </summary>
    private static string? SitePath(YamlMap map, string key)
    {
        var value = map.String(key);
        if (value is not null && !(value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal) && Uri.IsWellFormedUriString(value, UriKind.Relative)))
        {
            map.File.Diagnostics.Error(map.LocationOf(key),
                $"'{key}' must be a path on this site, like /play (pages may only connect to their own origin), not '{value}'");
            return null;
        }
        return value;
    }

    /// <summary>An address of the site or its repository, checked by the site's one rule for them (<see cref="LinkSchemes.SiteAddressProblem"/>).</summary>
    private static string? AbsoluteUrl(YamlMap map, string key)
    {
        var value = map.String(key);
        if (value is not null && LinkSchemes.SiteAddressProblem(value) is { } problem)
        {
            map.File.Diagnostics.Error(map.LocationOf(key), $"'{key}' {problem}");
            return null;
        }
        return value;
    }
}
