namespace StudyGuide.Cli.Preview;

/// <summary>Settings of a <see cref="LivePreview"/>.</summary>
/// <param name="Port">Port on 127.0.0.1; 0 picks a free one.</param>
/// <param name="Quiet">How long the watcher waits after the last file event before rebuilding (one save is several events).</param>
/// <param name="Search">Keep a search index (Pagefind, in the background after each build); <c>serve</c> does unless <c>--no-search</c>.</param>
internal sealed record PreviewOptions(
    string InputPath,
    string ThemePath,
    string OutputPath,
    int Port = 8080,
    string? PlaygroundUpstream = null,
    TimeSpan? Quiet = null,
    bool Search = false)
{
    /// <summary>
    /// The events of one editor save (a temporary file, a rename, writes) arrive within a few
    /// milliseconds of each other; 40 ms of quiet covers them with margin and is most of the
    /// save-to-page time of an edited chapter, so it is kept short.
    /// </summary>
    public static readonly TimeSpan DefaultQuiet = TimeSpan.FromMilliseconds(40);
}
