using StudyGuide.Content;
using StudyGuide.Diagnostics;
using StudyGuide.Markdown;
using StudyGuide.Routing;

namespace StudyGuide.Linking;

/// <summary>
/// Link stage: checks every link and image of a Markdown field, and every nav link of
/// <c>site.yml</c>, and turns <c>xref:id</c> into the target's URL. Accepted: <c>xref:id[#anchor]</c>,
/// <c>#anchor</c> on the same page (not in the nav, which is on every page), root-relative paths
/// of pages the site has, and URLs with a scheme of <see cref="LinkSchemes.External"/>. Anything
/// else (relative file paths, <c>javascript:</c>) is an error, because it would break or be unsafe
/// once published. The syntax trees are only read: a field's resolved xrefs come back as its
/// <see cref="UrlMap"/>, which the renderer applies.
/// </summary>
internal sealed class LinkResolver(LinkTargets targets)
{
    /// <summary>The nav links with their URLs resolved (xrefs to URLs); a link in error is left out, its error reported.</summary>
    public IReadOnlyList<NavItem> ResolveNav(IEnumerable<NavItem> nav, DiagnosticBag diagnostics) => nav
        .Select(item => Resolve(pageUrl: null, item.Link, item.Location, diagnostics) is { } url ? item with { Link = url } : null)
        .OfType<NavItem>()
        .ToList();

    /// <summary>Checks the field's links and returns the URLs its xrefs resolve to.</summary>
    public UrlMap Resolve(string pageUrl, ParsedMarkdown markdown, DiagnosticBag diagnostics)
    {
        Dictionary<string, string>? resolved = null;
        foreach (var link in markdown.Links)
        {
            var written = link.Url ?? "";
            var location = markdown.Source.Map(link.Line, link.Column);
            // Only an xref is published differently from how it is written.
            if (Resolve(pageUrl, written, location, diagnostics) is { } url && url != written)
            {
                (resolved ??= new Dictionary<string, string>(StringComparer.Ordinal))[written] = url;
            }
        }
        foreach (var autolink in markdown.Autolinks)
        {
            if (!autolink.IsEmail && !LinkSchemes.IsAbsolute(autolink.Url, LinkSchemes.Web))
            {
                diagnostics.Error(markdown.Source.Map(autolink.Line, autolink.Column), $"unsupported link '<{autolink.Url}>': only http(s) and e-mail autolinks are allowed");
            }
        }
        return resolved is null ? UrlMap.None : new UrlMap(resolved);
    }

    /// <param name="pageUrl">The page the link is on, or null for a link on every page (the nav).</param>
    private string? Resolve(string? pageUrl, string url, SourceLocation location, DiagnosticBag diagnostics)
    {
        var (path, anchor) = SplitAnchor(url);
        if (url.StartsWith("xref:", StringComparison.Ordinal))
        {
            var id = path["xref:".Length..];
            var target = targets.UrlOf(id);
            if (target is null)
            {
                if (targets.IdsIncomplete)
                {
                    return null;
                }
                diagnostics.Error(location, $"unknown xref id '{id}'{EditDistance.DidYouMean(id, targets.Ids)}; link to an existing chapter, question or checklist id");
                return null;
            }
            CheckAnchor(target, anchor, url, location, diagnostics);
            return anchor is null ? target : $"{target}#{anchor}";
        }
        if (url.StartsWith('#'))
        {
            if (pageUrl is null)
            {
                diagnostics.Error(location, $"link '{url}' is on every page, so it has no page to point into; write /path/{url} or xref:id{url}");
                return null;
            }
            CheckAnchor(pageUrl, anchor, url, location, diagnostics);
            return url;
        }
        if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
        {
            if (!targets.PageExists(path))
            {
                diagnostics.Error(location, $"link '{url}' points to no page of this site; use xref:id to link to content");
                return null;
            }
            CheckAnchor(path, anchor, url, location, diagnostics);
            return url;
        }
        if (LinkSchemes.IsAbsolute(url, LinkSchemes.External))
        {
            return url;
        }
        diagnostics.Error(location, $"unsupported link '{url}': use xref:id, {(pageUrl is null ? "" : "#anchor, ")}a /site/path, or an http(s) URL");
        return null;
    }

    private void CheckAnchor(string pageUrl, string? anchor, string url, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (anchor is not null && !targets.AnchorExists(pageUrl, anchor))
        {
            diagnostics.Error(location, $"anchor '#{anchor}' in '{url}' matches no heading on {pageUrl}");
        }
    }

    private static (string Path, string? Anchor) SplitAnchor(string url)
    {
        var hash = url.IndexOf('#');
        return hash < 0 ? (url, null) : (url[..hash], url[(hash + 1)..]);
    }
}
