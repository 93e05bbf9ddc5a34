using System.CommandLine;
using StudyGuide.Cli.Commands;

namespace StudyGuide.Cli;

/// <summary>The command line, callable in-process so tests can check exit codes and messages.</summary>
public static class App
{
    /// <summary>Runs the command line. Exit codes: 0 success, 1 content errors, 2 usage errors.</summary>
    public static int Run(string[] args)
    {
        var reporter = new Reporter();
        var root = new RootCommand("studyguide: builds the Go interview study guide from input/ and theme/ into a static site.")
        {
            BuildCommand.Create(reporter),
            CheckCommand.Create(reporter),
            ServeCommand.Create(),
            PlaygroundCommand.Create(reporter),
            NewCommand.Create(),
        };

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
        return parsed.Invoke();
    }
}
