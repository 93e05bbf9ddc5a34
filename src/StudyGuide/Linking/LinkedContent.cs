using StudyGuide.Content;
using StudyGuide.Markdown;

namespace StudyGuide.Linking;

/// <summary>
/// The link stage's output: the parsed content, where each field's links go (<see cref="UrlMap"/>,
/// applied when the field is rendered), the resolved nav, and the targets that were checked.
/// </summary>
internal sealed class LinkedContent(ParsedContent parsed, IReadOnlyDictionary<MarkdownSource, UrlMap> urls, IReadOnlyList<NavItem> nav, LinkTargets targets)
{
    public ParsedContent Parsed { get; } = parsed;

    public ContentSet Content => Parsed.Content;

    /// <summary>The nav links of <c>site.yml</c> with xrefs resolved; a link in error is left out.</summary>
    public IReadOnlyList<NavItem> Nav { get; } = nav;

    public LinkTargets Targets { get; } = targets;

    public ParsedMarkdown this[MarkdownSource source] => Parsed[source];

    public UrlMap UrlsOf(MarkdownSource source) => urls.TryGetValue(source, out var map) ? map : UrlMap.None;

    /// <summary>Checks and resolves every Markdown field and the nav; errors go to <paramref name="diagnostics"/>.</summary>
    public static LinkedContent Link(ParsedContent parsed, IEnumerable<string> generatedPages, Diagnostics.DiagnosticBag diagnostics, CancellationToken cancellation)
    {
        var content = parsed.Content;
        var targets = new LinkTargets(parsed, generatedPages);
        var resolver = new LinkResolver(targets);
        var fields = ContentMarkdown.All(content).ToList();
        var maps = new UrlMap[fields.Count];
        Parallel.For(0, fields.Count, new ParallelOptions { CancellationToken = cancellation },
            i => maps[i] = resolver.Resolve(fields[i].PageUrl, parsed[fields[i].Source], diagnostics));
        var urls = new Dictionary<MarkdownSource, UrlMap>();
        for (var i = 0; i < fields.Count; i++)
        {
            if (!maps[i].IsEmpty)
            {
                urls[fields[i].Source] = maps[i];
            }
        }
        return new LinkedContent(parsed, urls, resolver.ResolveNav(content.Site.Nav, diagnostics), targets);
    }

    /// <summary>The same links with one field parsed and linked again, for <paramref name="reparsed"/>'s content.</summary>
    public LinkedContent With(ParsedContent reparsed, MarkdownSource source, UrlMap map, LinkTargets targets)
    {
        var copy = new Dictionary<MarkdownSource, UrlMap>(urls) { [source] = map };
        return new LinkedContent(reparsed, copy, Nav, targets);
    }
}
