using System.Diagnostics;

namespace StudyGuide.Tests.Infrastructure;

/// <summary>What one run of the studyguide command printed and returned.</summary>
public sealed record CliRun(int Code, string Out, string Error, bool TimedOut)
{
    /// <summary>Both streams, for assertions that do not care which one a line went to.</summary>
    public string All => Out + Error;

    public override string ToString() => $"exit {Code}{(TimedOut ? " (timed out)" : "")}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}

/// <summary>
/// Runs the built studyguide command as its own process, as a contributor or a deploy preview
/// does: unlike <see cref="CommandLine"/> (in-process) it sees what reaches a real terminal,
/// unhandled exceptions included.
/// </summary>
public static class CliProcess
{
    private static readonly string Assembly = Path.Combine(AppContext.BaseDirectory, "StudyGuide.Cli.dll");

    public static CliRun Run(string workingDirectory, IEnumerable<string> args, TimeSpan? timeLimit = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var process = Process.Start(StartInfo(workingDirectory, args, environment)) ?? throw new InvalidOperationException("dotnet could not be started");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var exited = process.WaitForExit(timeLimit ?? TimeSpan.FromSeconds(60));
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        return new CliRun(exited ? process.ExitCode : -1, output.Result, error.Result, !exited);
    }

    /// <summary>The studyguide command with its standard streams redirected, as <see cref="Run"/> and <see cref="ServeProcess"/> start it.</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Assembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["CI"] = "true";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        return start;
    }
}
