using System.Collections.Concurrent;
using System.Text;
using StudyGuide.Diagnostics;
using StudyGuide.Publishing;
using StudyGuide.Routing;
using StudyGuide.Theme;

namespace StudyGuide.Rendering;

/// <summary>
/// The render stage: every page through its templates, in parallel, each written to the output
/// as soon as it is rendered. Chapters, banks and questions also render their part of the
/// whole-guide print page; the parts are kept (as UTF-8, in reading order) and that page is
/// written last, from them. With a <see cref="RenderCache"/> (the preview), pages whose inputs
/// did not change reuse their previous bytes.
/// </summary>
internal sealed class RenderStage(PageRenderer renderer, ThemeTemplates templates, RenderCache? cache, ISiteOutput? output, DiagnosticBag diagnostics)
{
    /// <summary>Renders <paramref name="jobs"/>, then <paramref name="printGuide"/>; returns how many pages went through the templates, or null when a template failed.</summary>
    /// <remarks>A cancelled <paramref name="cancellation"/> (a build's time limit) stops it between pages with an <see cref="OperationCanceledException"/>.</remarks>
    public int? Run(IReadOnlyList<PageJob> jobs, PageJob printGuide, CancellationToken cancellation = default)
    {
        var parts = new byte[jobs.Count(j => j.PrintPart is not null)][];
        var rendered = 0;
        var failed = 0;
        Parallel.ForEach(jobs, new ParallelOptions { CancellationToken = cancellation }, job =>
        {
            var page = Reported(job, () =>
            {
                var model = job.Model();
                RenderedPage Render()
                {
                    Interlocked.Increment(ref rendered);
                    return RenderPage(job, model);
                }
                return cache is null ? Render() : cache.Render(job, model, Render);
            });
            if (page is null)
            {
                Interlocked.Increment(ref failed);
                return;
            }
            output?.Write(Routes.FileOf(job.Url), page.Html);
            if (job.PrintPart is { } part)
            {
                parts[part.Order] = page.PrintPart!;
            }
        });
        if (failed > 0 || Reported(printGuide, () => WritePrintGuide(printGuide, parts)) is null)
        {
            ReportFailures();
            return null;
        }
        return rendered + 1;
    }

    private RenderedPage RenderPage(PageJob job, object model)
    {
        var html = Encoding.UTF8.GetBytes(renderer.Render(job.Layout, job.Page, model));
        var part = job.PrintPart is { } p ? Encoding.UTF8.GetBytes(renderer.RenderPart(p.Partial, job.Page, model)) : null;
        return new RenderedPage(html, part);
    }

    /// <summary>The print page's frame (cover, contents) with the parts written where it prints the placeholder.</summary>
    private PageJob WritePrintGuide(PageJob job, IReadOnlyList<byte[]> parts)
    {
        var frame = renderer.Render(job.Layout, job.Page, job.Model());
        var at = frame.IndexOf(PrintPart.Placeholder, StringComparison.Ordinal);
        if (at < 0 || frame.IndexOf(PrintPart.Placeholder, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new ThemeException(SourceLocation.StartOf(templates.Layout(job.Layout).SourceFilePath ?? job.Layout),
                "the layout must print model.parts exactly once: it is where the chapters and banks go");
        }
        var chunks = new List<ReadOnlyMemory<byte>>(parts.Count + 2) { Encoding.UTF8.GetBytes(frame[..at]) };
        chunks.AddRange(parts.Select(p => new ReadOnlyMemory<byte>(p)));
        chunks.Add(Encoding.UTF8.GetBytes(frame[(at + PrintPart.Placeholder.Length)..]));
        output?.Write(Routes.FileOf(job.Url), chunks);
        return job;
    }

    /// <summary>
    /// Runs one page's work; a template error becomes null instead of stopping the others, and is
    /// reported once at its place in the template (with the first page it broke), however many pages it broke.
    /// </summary>
    private T? Reported<T>(PageJob job, Func<T> work) where T : class
    {
        try
        {
            return work();
        }
        catch (ThemeException ex)
        {
            _failures.AddOrUpdate((ex.Location, ex.Message), (job.Url, 1),
                (_, seen) => (string.CompareOrdinal(job.Url, seen.FirstUrl) < 0 ? job.Url : seen.FirstUrl, seen.Count + 1));
            return null;
        }
    }

    private readonly ConcurrentDictionary<(SourceLocation Location, string Message), (string FirstUrl, int Count)> _failures = new();

    private void ReportFailures()
    {
        foreach (var ((location, message), (url, count)) in _failures)
        {
            diagnostics.Error(location, $"{message} (rendering {url}{(count > 1 ? $" and {count - 1} more pages" : "")})");
        }
    }
}
