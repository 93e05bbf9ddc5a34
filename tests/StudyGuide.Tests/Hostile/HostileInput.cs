using System.Text.RegularExpressions;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Hostile;

/// <summary>
/// The real <c>input/</c> built once (without search) into a site that every hostile-input test
/// starts from as its "previous output", shared by a test class.
/// </summary>
public sealed class PreviousBuild : IDisposable
{
    private readonly TempFolder _folder = new();

    public PreviousBuild()
    {
        TempFolder.CopyDirectory(RepoPaths.Input, _folder.Combine("input"));
        var run = CliProcess.Run(_folder.Path, ["build", "--theme", RepoPaths.Theme, "--no-search", "--no-cache"]);
        Assert.True(run.Code == 0, run.ToString());
        Site = _folder.Combine("_site");
    }

    /// <summary>The built site of the unchanged input.</summary>
    public string Site { get; }

    public void Dispose() => _folder.Dispose();
}

/// <summary>
/// A scratch copy of the real <c>input/</c> with a previous good build beside it in <c>_site/</c>,
/// for one hostile-input test: change a file, run a command, and assert that the command
/// refused the input the way a contributor can act on (a positioned error, exit 1, no stack
/// trace) and left the previous output exactly as it was.
/// </summary>
public sealed class HostileInput : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly Dictionary<string, byte[]> _previousOutput;

    public HostileInput(PreviousBuild previous)
    {
        TempFolder.CopyDirectory(RepoPaths.Input, Root);
        TempFolder.CopyDirectory(previous.Site, OutputPath);
        _previousOutput = FolderSnapshot.Of(OutputPath);
    }

    /// <summary>The working directory of every command: it holds <c>input/</c> and <c>_site/</c>.</summary>
    public string Folder => _folder.Path;

    public string Root => _folder.Combine("input");

    public string OutputPath => _folder.Combine("_site");

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>Replaces one occurrence of <paramref name="oldText"/>, which must be there.</summary>
    public void Replace(string relative, string oldText, string newText)
    {
        var text = Read(relative);
        var at = text.IndexOf(oldText, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{oldText}' not in {relative}");
        Write(relative, string.Concat(text.AsSpan(0, at), newText, text.AsSpan(at + oldText.Length)));
    }

    /// <summary>The 1-based line and column where <paramref name="text"/> first stands in a file.</summary>
    public (int Line, int Column) PositionOf(string relative, string text)
    {
        var content = Read(relative);
        var at = content.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{text}' not in {relative}");
        var lineStart = at == 0 ? 0 : content.LastIndexOf('\n', at - 1) + 1;
        return (content.AsSpan(0, at).Count('\n') + 1, at - lineStart + 1);
    }

    /// <summary>Runs a command in <see cref="Folder"/>: relative paths such as <c>input</c> and <c>_site</c> work.</summary>
    public CliRun Run(params string[] args) => CliProcess.Run(Folder, args);

    /// <summary><c>build</c> of this input with the repository's theme and no search index (Pagefind is not what these tests are about).</summary>
    public CliRun Build(params string[] extra) => Run(["build", "--theme", RepoPaths.Theme, "--no-search", "--no-cache", .. extra]);

    public CliRun Check(params string[] extra) => Run(["check", "--theme", RepoPaths.Theme, .. extra]);

    /// <summary>
    /// The command refused the input: exit 1, an error line matching <paramref name="errorLine"/>
    /// (a regular expression for one whole <c>path:line:col: error: …</c> line), no stack trace,
    /// and the previous output byte for byte as it was.
    /// </summary>
    public void AssertRefused(CliRun run, string errorLine)
    {
        Assert.False(run.TimedOut, run.ToString());
        Assert.True(run.Code == 1, run.ToString());
        Assert.Matches(new Regex("(?m)^" + errorLine + "\r?$"), run.Error);
        AssertNoStackTrace(run);
        AssertPreviousOutputUntouched();
    }

    public static void AssertNoStackTrace(CliRun run)
    {
        Assert.DoesNotMatch(@"(?m)^\s+at \S+\(", run.All);
        Assert.DoesNotContain("Unhandled exception", run.All);
        Assert.DoesNotContain("Exception:", run.All);
    }

    public void AssertPreviousOutputUntouched() => FolderSnapshot.AssertSame(_previousOutput, FolderSnapshot.Of(OutputPath), " from the previous build");

    public void Dispose() => _folder.Dispose();
}
