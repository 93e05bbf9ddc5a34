using System.Globalization;
using StudyGuide.Diagnostics;
using StudyGuide.Pipeline;

namespace StudyGuide.Cli.Preview;

/// <summary>
/// What the preview prints: one line per rebuild with what changed and how long it took, and
/// on failure each error in the compiler format (<c>file:line:col: error: message</c>) that
/// terminals and editors turn into links.
/// </summary>
internal sealed class PreviewLog(TextWriter writer)
{
    private readonly TextWriter _writer = TextWriter.Synchronized(writer);

    public void FirstBuild(PreviewBuild build, string outputPath)
    {
        if (build.Succeeded)
        {
            _writer.WriteLine($"Built {build.PageCount} pages into {outputPath} in {Milliseconds(build.BuildTime)} ({build.Changed.Count} files written)");
        }
        else
        {
            Errors(build.Errors, "the site has not been built yet");
        }
    }

    /// <param name="saveToWritten">From the first file event of the batch to the last output file written.</param>
    public void Rebuilt(ChangeBatch batch, PreviewBuild build, TimeSpan saveToWritten, string inputRoot)
    {
        var cause = Describe(batch.Paths, inputRoot);
        if (!build.Succeeded)
        {
            Errors(build.Errors, "still serving the last good build");
            return;
        }
        var written = build.Changed.Count switch
        {
            0 => "no output changed",
            1 => $"1 file changed ({build.Changed[0]})",
            var n => $"{n} files changed",
        };
        if (build.EditedPageOnly)
        {
            _writer.WriteLine($"{Clock()} {cause}: page first, {written}; save → written {Milliseconds(saveToWritten)}");
            return;
        }
        _writer.WriteLine($"{Clock()} {cause}: rebuilt ({build.PagesRendered} of {build.PageCount} pages rendered), {written}; "
            + $"save → written {Milliseconds(saveToWritten)} (build {Milliseconds(build.BuildTime)})");
    }

    public void Line(string text) => _writer.WriteLine(text);

    private void Errors(IReadOnlyList<Diagnostic> errors, string consequence)
    {
        foreach (var error in errors)
        {
            _writer.WriteLine(error.ToString());
        }
        _writer.WriteLine($"{Clock()} {errors.Count} error{(errors.Count == 1 ? "" : "s")}: {consequence}; fix and save to rebuild.");
    }

    /// <summary>The changed files that still exist (a save's temporary files are gone by now), relative to the input folder's parent.</summary>
    private static string Describe(IReadOnlyList<string> paths, string inputRoot)
    {
        var root = Path.GetDirectoryName(Path.GetFullPath(inputRoot)) ?? "";
        var existing = paths.Where(File.Exists).ToList();
        var shown = existing.Count > 0 ? existing : paths;
        // A file name is content (a pull request chooses it): escaped like any content in a message.
        var first = SafeText.Escape(Path.GetRelativePath(root, shown[0]).Replace('\\', '/'));
        return shown.Count == 1 ? first : $"{first} and {shown.Count - 1} more";
    }

    private static string Clock() => DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Milliseconds(TimeSpan time) => $"{time.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture)} ms";
}
