using StudyGuide.Diagnostics;
using StudyGuide.Output;

namespace StudyGuide.Pipeline;

/// <summary>The outcome of one preview build: its errors (none on success) and the output files it changed.</summary>
/// <param name="PagesRendered">Pages that went through the templates; the others' inputs were unchanged and their HTML was reused.</param>
public sealed record PreviewBuild(IReadOnlyList<Diagnostic> Errors, IReadOnlyList<string> Changed, int PageCount, int PagesRendered, TimeSpan BuildTime)
{
    /// <summary>Only the edited page was written; the full build follows.</summary>
    public bool EditedPageOnly { get; init; }

    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// The live preview's builds, and the one owner of everything that outlives a build: the
/// <see cref="BuildCaches"/> (the warm highlighter, the parsed theme, the last share image and
/// icons, the parsed Markdown trees, the rendered pages, the last good build for the quick
/// edited-chapter path) and the output, an <see cref="IncrementalFolder"/>, so only files whose
/// bytes changed are written. A rebuild runs the same stages as a one-off build
/// (<see cref="SiteBuilder"/>, given these caches), so only pages whose inputs changed go through
/// the templates again, yet every rebuild still loads, parses and links all the content and
/// builds every page's model: that keeps it exactly equal to a clean build (an edited title shows
/// up in every list, a broken link anywhere is reported) for a few tens of milliseconds.
/// One build at a time.
/// </summary>
/// <param name="cache">Shared with <c>build</c>: the first preview build starts from it, and code highlighted while editing is added to it.</param>
public sealed class PreviewSession(BuildOptions options, BuildCacheFolder? cache = null)
{
    private readonly SiteBuilder _builder = new(cache);
    private readonly BuildCaches _caches = new(cache?.Images);
    private readonly IncrementalFolder _output = new(options.OutputPath);

    public PreviewBuild Build()
    {
        var update = _output.Begin();
        try
        {
            var result = _builder.Run(options, update, _caches, progress: null, CancellationToken.None);
            var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            return new PreviewBuild(errors, update.Committed ? update.Changes : [], result.PageCount, result.PagesRendered, result.Elapsed);
        }
        catch (IOException ex)
        {
            // A file vanished or was locked between listing and reading (editors save by renaming):
            // report it like a content error; the next save builds again.
            return Failure(ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            return Failure(ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug, most likely in the theme. The preview keeps running and says so; `build` would crash.
            return new PreviewBuild([Diagnostic.Error(SourceLocation.StartOf(options.ThemePath), $"the build stopped: {ex.GetType().Name}: {ex.Message}")], [], 0, 0, TimeSpan.Zero);
        }
    }

    /// <summary>
    /// When the files saved together (<paramref name="saved"/>) are one edited chapter, writes that
    /// chapter's page at once, against the last successful build (see <see cref="EditedChapter"/>),
    /// and returns it; <see cref="Build"/> must still run after it. Null when the quick path does
    /// not apply.
    /// </summary>
    public PreviewBuild? BuildEditedPage(IReadOnlyList<string> saved)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var edited = saved.Where(path => !IsGoneScratchFile(path)).ToList();
            if (edited.Count != 1 || _caches.LastGood is not { } last || EditedChapter.Render(last, edited[0]) is not { } page)
            {
                return null;
            }
            var changed = _output.WriteNow(page.RelativePath, page.Bytes) ? new[] { page.RelativePath } : [];
            return new PreviewBuild([], changed, 1, 1, clock.Elapsed) { EditedPageOnly = true };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Rendering.ThemeException)
        {
            return null; // the full build that follows reads the files again and reports
        }
    }

    /// <summary>Kinds of file the build reads (content and theme); a deleted one always needs the full build.</summary>
    private static readonly string[] BuildInputs =
        [".md", ".yml", ".yaml", .. CodeLanguages.Languages.All.Select(l => l.FileExtension), ".lock", ".sbn-html", ".css", ".js", ".svg", ".json"];

    /// <summary>
    /// A file that is gone and is not something the build reads: the temporary file an editor or
    /// <c>sed -i</c> writes and renames over the saved one (<c>sedX1b2c3</c>, <c>a.md___jb_tmp___</c>).
    /// </summary>
    private static bool IsGoneScratchFile(string path) =>
        !File.Exists(path) && !Directory.Exists(path) && !BuildInputs.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    private PreviewBuild Failure(Exception ex) =>
        new([Diagnostic.Error(SourceLocation.StartOf(options.InputPath), $"could not read the content: {ex.Message}")], [], 0, 0, TimeSpan.Zero);
}
