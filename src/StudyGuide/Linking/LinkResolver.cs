using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StudyGuide.Diagnostics;
using StudyGuide.Loading;
using StudyGuide.Markdown;

namespace StudyGuide.Linking;

/// <summary>
/// Link stage: checks every link and image of a Markdown field and turns <c>xref:id</c>
/// into the target's URL. Accepted: <c>xref:id[#anchor]</c>, <c>#anchor</c> on the same page,
/// root-relative site paths, and http(s)/mailto URLs. Anything else (relative file paths,
/// <c>javascript:</c>) is an error, because it would break or be unsafe once published.
/// </summary>
public sealed class LinkResolver(LinkTargets targets)
{
    public void Resolve(string pageUrl, ParsedMarkdown markdown, DiagnosticBag diagnostics)
    {
        foreach (var (link, written) in markdown.Links)
        {
            var location = markdown.Source.Map(link.Line, link.Column);
            link.Url = Resolve(pageUrl, written ?? "", location, diagnostics) ?? written;
        }
        foreach (var autolink in markdown.Document.Descendants<AutolinkInline>())
        {
            if (!autolink.IsEmail && !(Uri.TryCreate(autolink.Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                diagnostics.Error(markdown.Source.Map(autolink.Line, autolink.Column), $"unsupported link '<{autolink.Url}>': only http(s) and e-mail autolinks are allowed");
            }
        }
    }

    private string? Resolve(string pageUrl, string url, SourceLocation location, DiagnosticBag diagnostics)
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
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" or "mailto")
        {
            return url;
        }
        diagnostics.Error(location, $"unsupported link '{url}': use xref:id, #anchor, a /site/path, or an http(s) URL");
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
