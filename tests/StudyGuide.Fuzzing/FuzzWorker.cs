using System.Diagnostics;
using System.Text.Json;
using StudyGuide.Cli;

namespace StudyGuide.Fuzzing;

/// <summary>What the worker answers for one case: the CLI's exit code and output, or the exception that escaped it.</summary>
public sealed record WorkerReply(int ExitCode, double Seconds, string Output, string Error, string? Escaped)
{
    /// <summary>Starts every reply line, so anything else a build might print to the real stdout is not taken for one.</summary>
    public const string Marker = "@@studyguide-fuzz ";

    public string ToLine() => Marker + JsonSerializer.Serialize(this);

    public static WorkerReply? FromLine(string line) =>
        line.StartsWith(Marker, StringComparison.Ordinal) ? JsonSerializer.Deserialize<WorkerReply>(line[Marker.Length..]) : null;
}

/// <summary>
/// The worker side: for each case folder read from stdin, runs <c>studyguide build --no-search</c>
/// in it through <see cref="App.Run(string[])"/> (the CLI's own entry point, its exception handling
/// included) into this worker's scratch output, and answers one <see cref="WorkerReply"/> line.
/// In-process, so a case costs a warm build rather than a process start; the parent kills the
/// process when a case overruns.
/// </summary>
public static class FuzzWorker
{
    public static int Run(string[] args)
    {
        if (args is not ["--theme", var theme, "--output", var output])
        {
            Console.Error.WriteLine("usage: StudyGuide.Fuzzing --theme <folder> --output <folder> (case folders on stdin, one per line)");
            return 2;
        }
        using var replies = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true };
        while (Console.In.ReadLine() is { } folder)
        {
            replies.WriteLine(Build(folder, theme, output).ToLine());
        }
        return 0;
    }

    private static WorkerReply Build(string folder, string theme, string output)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var (realOut, realError) = (Console.Out, Console.Error);
        // Paths in messages are relative to the working directory: input/…, as a contributor sees them.
        Directory.SetCurrentDirectory(folder);
        Console.SetOut(stdout);
        Console.SetError(stderr);
        var clock = Stopwatch.StartNew();
        try
        {
            var code = App.Run(["build", "--no-search", "--input", "input", "--theme", theme, "--output", output]);
            return new WorkerReply(code, clock.Elapsed.TotalSeconds, stdout.ToString(), stderr.ToString(), null);
        }
        catch (Exception ex)
        {
            return new WorkerReply(-1, clock.Elapsed.TotalSeconds, stdout.ToString(), stderr.ToString(), ex.ToString());
        }
        finally
        {
            Console.SetOut(realOut);
            Console.SetError(realError);
        }
    }
}
