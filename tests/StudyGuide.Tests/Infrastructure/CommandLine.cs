using StudyGuide.Cli;
using StudyGuide.Loading;

namespace StudyGuide.Tests.Infrastructure;

/// <summary>
/// Runs the studyguide command in-process with Console captured. Console is process-wide, so test
/// classes that use this belong to the <see cref="ConsoleCollection"/>.
/// </summary>
public static class CommandLine
{
    public static (int Code, string Out, string Error) Run(params string[] args) => Run(ContentFiles.Default, args);

    /// <summary>Runs with content and theme read through <paramref name="files"/>: a test double that fails on purpose.</summary>
    public static (int Code, string Out, string Error) Run(ContentFiles files, params string[] args)
    {
        var (oldOut, oldError) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var error = new StringWriter();
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var code = App.Run(args, files);
            return (code, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }
}

/// <summary>Tests that redirect Console must not run in parallel with each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "console";
}
