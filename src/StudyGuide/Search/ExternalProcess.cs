using System.Diagnostics;
using System.Text;

namespace StudyGuide.Search;

/// <summary>What a finished child process printed, and how it ended.</summary>
public sealed record ProcessOutcome(int ExitCode, string Output, bool TimedOut)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;
}

/// <summary>
/// Runs a command-line tool (npm, Pagefind) to completion with both output streams captured,
/// so a failure can be reported as one readable diagnostic instead of interleaved console noise.
/// </summary>
public static class ExternalProcess
{
    public static ProcessOutcome Run(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        void Append(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is not null)
            {
                lock (output)
                {
                    output.AppendLine(e.Data);
                }
            }
        }

        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += Append;
        process.ErrorDataReceived += Append;
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new ProcessOutcome(-1, output.ToString(), TimedOut: true);
        }
        process.WaitForExit(); // flushes the asynchronous output readers
        lock (output)
        {
            return new ProcessOutcome(process.ExitCode, output.ToString(), TimedOut: false);
        }
    }

    /// <summary>Full path of a program found on PATH (with Windows' extensions), or null.</summary>
    public static string? FindOnPath(string name)
    {
        var extensions = OperatingSystem.IsWindows() ? new[] { ".cmd", ".exe", "" } : new[] { "" };
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return folders
            .SelectMany(folder => extensions.Select(extension => Path.Combine(folder, name + extension)))
            .FirstOrDefault(File.Exists);
    }
}
