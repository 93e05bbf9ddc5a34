using StudyGuide.Diagnostics;
using StudyGuide.Linking;
using StudyGuide.Loading;
using StudyGuide.Rendering;
using StudyGuide.Routing;

namespace StudyGuide.Pipeline;

/// <summary>A page rendered outside a full build: its site-relative file and bytes.</summary>
internal sealed record RenderedFile(string RelativePath, byte[] Bytes);

/// <summary>
/// The preview's quick path for the most common edit, one chapter's Markdown: re-reads only
/// that file and renders only that chapter's page against the last successful build, so the
/// page is on disk in milliseconds whatever the size of the site. The full incremental build
/// runs right after it and brings everything else up to date (listings, the print page, links
/// from other pages). Whenever the edit could need more than this page, or has an error, there
/// is no quick result and the full build alone handles it (and reports the errors).
/// </summary>
internal static class EditedChapter
{
    public static RenderedFile? Render(BuildSnapshot last, string path)
    {
        var content = last.Linked.Content;
        var input = new InputFolder(last.Options.InputPath, last.Files);
        var full = Path.GetFullPath(path);
        if (Path.GetDirectoryName(full) != input.PathOf("chapters") || Path.GetExtension(full) != ".md" || !input.Exists(full))
        {
            return null;
        }

        var diagnostics = new DiagnosticBag();
        var chapter = new ChapterLoader().Load(input, full, diagnostics);
        var index = chapter is null ? -1 : content.Chapters.ToList().FindIndex(c => c.Id == chapter.Id);
        // A new chapter, or a new order (its place and its neighbours' pages change): not one page.
        if (chapter is null || index < 0 || content.Chapters[index].Order != chapter.Order || diagnostics.HasErrors)
        {
            return null;
        }

        var chapters = content.Chapters.ToArray();
        chapters[index] = chapter;
        var body = last.Parser.Parse(chapter.Body, diagnostics);
        var parsed = last.Linked.Parsed.With(content with { Chapters = chapters }, body);
        // Other pages' anchors are as the last build found them; this page's are its new headings.
        var url = Routes.Chapter.For(chapter.Id);
        var targets = last.Linked.Targets.WithAnchors(url, body.Headings.Select(h => h.Id));
        var urls = new LinkResolver(targets).Resolve(url, body, diagnostics);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        var linked = last.Linked.With(parsed, chapter.Body, urls, targets);
        var job = new PagePlanner(linked, last.Markdown, last.ShareIds).ChapterJob(index);
        var html = last.Renderer.Render(job.Layout, job.Page, job.Model());
        return new RenderedFile(Routes.FileOf(job.Url), System.Text.Encoding.UTF8.GetBytes(html));
    }
}
