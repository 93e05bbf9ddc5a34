using System.CommandLine;
using StudyGuide.Cli.Commands;
using StudyGuide.Loading;

namespace StudyGuide.Cli;

/// <summary>The command line, callable in-process so tests can check exit codes and messages.</summary>
public static class App
{
    /// <summary>Runs the command line. Exit codes: 0 success, 1 content errors, 2 usage errors, 3 internal errors.</summary>
    public static int Run(string[] args) => Run(args, ContentFiles.Default);

    /// <summary>Runs the command line with <c>build</c> and <c>check</c> reading content and theme through <paramref name="files"/> (tests pass one that fails on purpose).</summary>
    public static int Run(string[] args, ContentFiles files)
    {
        var reporter = new Reporter();
        var verbose = new Option<bool>("--verbose") { Description = "On an internal error, print the stack trace too", Recursive = true };
        var root = new RootCommand("studyguide: builds the Go interview study guide from input/ and theme/ into a static site.")
        {
            BuildCommand.Create(reporter, files),
            CheckCommand.Create(reporter, files),
            ServeCommand.Create(),
            PlaygroundCommand.Create(reporter),
            NewCommand.Create(),
        };
        root.Options.Add(verbose);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine($"studyguide: {error.Message}");
            }
            Console.Error.WriteLine("Run 'studyguide --help' for usage.");
            return ExitCodes.Usage;
        }
        try
        {
            // Not System.CommandLine's own handler: it prints the whole exception, stack trace included.
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex)
        {
            InternalError.Report(ex, parsed.GetValue(verbose), Console.Error);
            return ExitCodes.Internal;
        }
    }
}
