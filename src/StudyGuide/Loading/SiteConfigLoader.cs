using StudyGuide.Content;
using StudyGuide.ContentTypes;
using StudyGuide.Diagnostics;
using StudyGuide.Routing;

namespace StudyGuide.Loading;

/// <summary>Reads <c>input/site.yml</c>.</summary>
internal sealed class SiteConfigLoader
{

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
        var complete = map.CheckKeys(SiteType.File.Keys);
        var title = map.String(SiteType.Title.Key);
        var description = map.String(SiteType.Description.Key);
        var baseUrl = AbsoluteUrl(map, SiteType.BaseUrl.Key);
        var repository = AbsoluteUrl(map, SiteType.Repository.Key);
        var branch = map.String(SiteType.Branch.Key);
        var playground = map.Has(SiteType.Playground.Key) ? SitePath(map, SiteType.Playground.Key) : "/play";

        var nav = new List<NavItem>();
        foreach (var item in map.MapList(SiteType.Nav.Key))
        {
            if (item.CheckKeys([SiteType.NavTitle.Key, SiteType.NavLink.Key], []) && item.String(SiteType.NavTitle.Key) is { } navTitle && item.String(SiteType.NavLink.Key) is { } link)
            {
                nav.Add(new NavItem(navTitle, link, item.LocationOf(SiteType.NavLink.Key)));
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
