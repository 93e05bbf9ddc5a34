using System.Collections.Concurrent;
using StudyGuide.Rendering.Views;
using StudyGuide.Theme;

namespace StudyGuide.Rendering;

/// <summary>
/// For repeated builds (the preview): each page's HTML with a fingerprint of everything its
/// render reads: the layout, the page, its model, the site, the theme. A page renders as a pure
/// function of those, so when the fingerprint is unchanged the previous HTML is the HTML, and
/// only pages whose inputs changed go through Scriban. The model is still built for every page
/// (it is cheap, and it is what makes the comparison exact: an edited question title changes
/// the model of every page that lists it).
/// </summary>
internal sealed class RenderCache
{
    private readonly ModelFingerprint _fingerprint = new();
    private readonly ConcurrentDictionary<string, (byte[] Fingerprint, RenderedPage Page)> _pages = new(StringComparer.Ordinal);
    private ThemeTemplates? _templates;
    private byte[] _site = [];

    /// <summary>Starts a build; forgets every page when the theme or the site settings changed.</summary>
    public void Begin(ThemeTemplates templates, SiteView site)
    {
        var fingerprint = _fingerprint.Of(site);
        if (!ReferenceEquals(templates, _templates) || !fingerprint.AsSpan().SequenceEqual(_site))
        {
            _pages.Clear();
            (_templates, _site) = (templates, fingerprint);
        }
    }

    /// <summary>The rendered page: the cached one if its inputs are unchanged, else <paramref name="render"/>'s. Thread-safe across pages.</summary>
    public RenderedPage Render(PageJob job, object model, Func<RenderedPage> render)
    {
        var fingerprint = _fingerprint.Of(job.Layout, job.PrintPart?.Partial, job.Page, model);
        if (_pages.TryGetValue(job.Url, out var cached) && cached.Fingerprint.AsSpan().SequenceEqual(fingerprint))
        {
            return cached.Page;
        }
        var page = render();
        _pages[job.Url] = (fingerprint, page);
        return page;
    }
}
