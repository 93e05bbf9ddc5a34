using System.Diagnostics;

namespace StudyGuide.Tests.Infrastructure;

/// <summary>The Go toolchain (Debian's golang-go, Go 1.19), for tests that check generated Go programs.</summary>
public static class GoTool
{
    /// <summary><c>go &lt;args&gt;</c>, e.g. <c>go run two-sum.go</c>: a lone program file, outside any module, as the content's programs are.</summary>
    public static (int Code, string Out, string Error) Go(string workingDirectory, params string[] args) => Run("go", workingDirectory, args);

    /// <summary><c>gofmt -l file</c>: prints the file's name when it is not formatted.</summary>
    public static (int Code, string Out, string Error) GofmtList(string workingDirectory, string file) => Run("gofmt", workingDirectory, ["-l", file]);

    private static (int Code, string Out, string Error) Run(string program, string workingDirectory, string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["GO111MODULE"] = "auto";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} could not be started; install golang-go");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}
