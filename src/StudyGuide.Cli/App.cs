using System.CommandLine;
using StudyGuide.Cli.Commands;
using StudyGuide.Loading;

namespace StudyGuide.Cli;

/// <summary>The command line, callable in-process so tests can check exit codes and messages.</summary>
public static class App
{
    /// <summary>Runs the command line on the console. Exit codes: 0 success, 1 content errors, 2 usage errors, 3 internal errors.</summary>
    public static int Run(string[] args) => Run(args, Console.Out, Console.Error, ContentFiles.Default, Reporter.ConsoleIsInteractive());

    /// <summary>
    /// Runs the command line writing to <paramref name="output"/> and <paramref name="error"/> instead of
    /// the console (never interactive: plain lines, no status display), with <c>build</c> and <c>check</c>
    /// reading content and theme through <paramref name="files"/>. Tests use this: nothing process-wide is redirected.
    /// </summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, ContentFiles? files = null) =>
        Run(args, output, error, files ?? ContentFiles.Default, interactive: false);

    private static int Run(string[] args, TextWriter output, TextWriter error, ContentFiles files, bool interactive)
    {
        var reporter = new Reporter(output, error, interactive);
        var verbose = new Option<bool>("--verbose") { Description = "On an internal error, print the stack trace too", Recursive = true };
        var root = new RootCommand("studyguide: builds the Go interview study guide from input/ and theme/ into a static site.")
        {
            BuildCommand.Create(reporter, files),
            CheckCommand.Create(reporter, files),
            ServeCommand.Create(reporter),
            PlaygroundCommand.Create(reporter),
            NewCommand.Create(reporter),
            GenerateCommand.Create(reporter),
        };
        root.Options.Add(verbose);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine($"studyguide: {parseError.Message}");
            }
            error.WriteLine("Run 'studyguide --help' for usage.");
            return ExitCodes.Usage;
        }
        try
        {
            // Not System.CommandLine's own handler: it prints the whole exception, stack trace included.
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = output, Error = error });
        }
        catch (Exception ex)
        {
            InternalError.Report(ex, parsed.GetValue(verbose), error);
            return ExitCodes.Internal;
        }
    }
}
