using StudyGuide.Cli;
using StudyGuide.Loading;

namespace StudyGuide.Tests.Infrastructure;

/// <summary>
/// Runs the studyguide command in-process, its output and errors written to strings through
/// <see cref="App.Run(string[], TextWriter, TextWriter, ContentFiles?)"/>: nothing process-wide
/// (Console) is redirected, so tests using this run in parallel like any others.
/// </summary>
public static class CommandLine
{
    public static (int Code, string Out, string Error) Run(params string[] args) => Run(ContentFiles.Default, args);

    /// <summary>Runs with content and theme read through <paramref name="files"/>: a test double that fails on purpose.</summary>
    public static (int Code, string Out, string Error) Run(ContentFiles files, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = App.Run(args, output, error, files);
        return (code, output.ToString(), error.ToString());
    }
}
