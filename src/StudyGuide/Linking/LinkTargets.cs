using StudyGuide.Routing;
namespace StudyGuide.Linking;

/// <summary>
/// What a link may point at: every page the site will have, with the anchors on it, and
/// the content ids that <c>xref:</c> links name.
/// </summary>
internal sealed class LinkTargets
{
    private readonly Dictionary<string, string> _urlById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _anchorsByUrl = new(StringComparer.Ordinal);

    private LinkTargets(LinkTargets other, Dictionary<string, HashSet<string>> anchorsByUrl)
    {
        _urlById = other._urlById;
        _anchorsByUrl = anchorsByUrl;
        IdsIncomplete = other.IdsIncomplete;
    }

    public LinkTargets(ParsedContent parsed, IEnumerable<string> generatedPages)
    {
        var content = parsed.Content;
        IdsIncomplete = content.HasUnreadableFiles;
        foreach (var url in generatedPages)
        {
            _anchorsByUrl.TryAdd(url, []);
        }
        // Every content page is a page, even when its id is also another's (the loader reports
        // that duplicate; the link stage still runs so one build reports every problem). An xref
        // to a duplicate id goes to the first owner, the one the duplicate error points at.
        void Add(string id, string url)
        {
            _urlById.TryAdd(id, url);
            _anchorsByUrl.TryAdd(url, []);
        }
        foreach (var chapter in content.Chapters)
        {
            Add(chapter.Id, Routes.Chapter.For(chapter.Id));
        }
        foreach (var bank in content.Banks)
        {
            Add(bank.Id, Routes.Bank.For(bank.Id));
            foreach (var question in bank.Questions)
            {
                Add(question.Id, Routes.Question.For(question.Id));
            }
        }
        foreach (var checklist in content.Checklists)
        {
            Add(checklist.Id, Routes.Checklist.For(checklist.Id));
        }
        foreach (var (url, source) in ContentMarkdown.All(content))
        {
            _anchorsByUrl[url].UnionWith(parsed[source].Headings.Select(h => h.Id));
        }
        foreach (var topic in content.Topics)
        {
            _anchorsByUrl[Routes.Topics.Url].Add(topic);
        }
    }

    /// <summary>
    /// The same targets with the anchors of one existing page replaced (its headings were edited):
    /// a copy of the page table, not a walk over every page's headings again. Both stay immutable.
    /// </summary>
    public LinkTargets WithAnchors(string url, IEnumerable<string> anchors)
    {
        if (!_anchorsByUrl.ContainsKey(url))
        {
            throw new ArgumentException($"no page at {url}", nameof(url));
        }
        return new LinkTargets(this, new Dictionary<string, HashSet<string>>(_anchorsByUrl, StringComparer.Ordinal) { [url] = [.. anchors] });
    }

    public IEnumerable<string> Ids => _urlById.Keys;

    /// <summary>Some file could not be read, so an unknown id may simply live there.</summary>
    public bool IdsIncomplete { get; }

    public string? UrlOf(string id) => _urlById.GetValueOrDefault(id);

    public bool PageExists(string url) => _anchorsByUrl.ContainsKey(url);

    public bool AnchorExists(string url, string anchor) => _anchorsByUrl.TryGetValue(url, out var anchors) && anchors.Contains(anchor);
}
