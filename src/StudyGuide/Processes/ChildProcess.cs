using System.Diagnostics;

namespace StudyGuide.Processes;

/// <summary>
/// Runs a command-line tool (go, gofmt, a built Go program, npm, Pagefind) to completion with its
/// output captured and a time limit, killing it and everything it started when the limit passes.
/// The one place the generator starts processes, so every tool gets the same treatment.
/// </summary>
internal static class ChildProcess
{
    public static async Task<ProcessResult> RunAsync(
        string program,
        IReadOnlyList<string> arguments,
        string workingDirectory,
        TimeSpan timeLimit,
        IReadOnlyDictionary<string, string>? environment = null,
        CancellationToken cancellation = default)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(cancellation);
        var stderr = process.StandardError.ReadToEndAsync(cancellation);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(timeLimit);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited on its own between the deadline and the kill.
            }
            await process.WaitForExitAsync(CancellationToken.None);
            cancellation.ThrowIfCancellationRequested();
            timedOut = true;
        }
        return new ProcessResult(process.ExitCode, await stdout, await stderr, timedOut);
    }

    /// <summary>Folders of a PATH-style search path (null: this process's PATH).</summary>
    public static IReadOnlyList<string> SearchPath(string? path = null) =>
        (path ?? Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Full path of the first <paramref name="name"/> in <paramref name="folders"/> (with Windows' extensions), or null.</summary>
    public static string? Find(IEnumerable<string> folders, string name)
    {
        var extensions = OperatingSystem.IsWindows() ? new[] { ".cmd", ".exe", "" } : new[] { "" };
        return folders
            .SelectMany(folder => extensions.Select(extension => Path.Combine(folder, name + extension)))
            .FirstOrDefault(File.Exists);
    }
}
