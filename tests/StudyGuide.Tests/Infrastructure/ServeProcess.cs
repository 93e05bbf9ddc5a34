using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace StudyGuide.Tests.Infrastructure;

/// <summary>
/// <c>studyguide serve --port 0</c> running as its own process, as a contributor starts it: ready
/// once it prints the address it serves, and stopped the way Ctrl+C or a service manager stops it
/// (SIGTERM), so its exit code and everything it printed can be asserted.
/// </summary>
public sealed partial class ServeProcess : IDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(20);

    private readonly Process _process;
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _error = new();
    private readonly TaskCompletionSource<string> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServeProcess(Process process)
    {
        _process = process;
    }

    /// <summary>The address served, e.g. <c>http://127.0.0.1:41234</c> (no trailing slash).</summary>
    public string Address { get; private set; } = "";

    /// <summary>The port it listens on, for <c>Host</c> headers.</summary>
    public int Port => new Uri(Address).Port;

    /// <summary>A <c>Host</c> value from a pattern: <c>{port}</c> is this server's port, <c>{other}</c> the next one.</summary>
    public string Host(string pattern) => pattern
        .Replace("{port}", Port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{other}", (Port + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>Starts <c>serve --port 0</c> with <paramref name="args"/> in <paramref name="workingDirectory"/> and waits until it serves.</summary>
    public static async Task<ServeProcess> StartAsync(string workingDirectory, IEnumerable<string> args)
    {
        var process = new Process { StartInfo = CliProcess.StartInfo(workingDirectory, ["serve", "--port", "0", .. args]), EnableRaisingEvents = true };
        var serve = new ServeProcess(process);
        process.OutputDataReceived += (_, e) => serve.Received(serve._out, e.Data);
        process.ErrorDataReceived += (_, e) => serve.Received(serve._error, e.Data);
        process.Exited += (_, _) => serve._address.TrySetException(new InvalidOperationException("serve exited before serving"));
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            serve.Address = await serve._address.Task.WaitAsync(StartLimit);
        }
        catch (Exception ex) when (ex is TimeoutException or InvalidOperationException)
        {
            var run = serve.Stop();
            serve.Dispose();
            throw new InvalidOperationException($"serve did not start: {ex.Message}\n{run}");
        }
        return serve;
    }

    private void Received(StringBuilder stream, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (stream)
        {
            stream.Append(line).Append('\n');
        }
        if (ServingLine().Match(line) is { Success: true } match)
        {
            _address.TrySetResult(match.Groups["address"].Value);
        }
    }

    /// <summary>Sends SIGTERM and waits for the exit; kills the process (and reports a time-out) if it does not stop.</summary>
    public CliRun Stop()
    {
        if (!_process.HasExited)
        {
            // No managed API sends SIGTERM to another process; kill(1) does.
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
            kill.WaitForExit();
        }
        var exited = _process.WaitForExit(StopLimit);
        if (!exited)
        {
            _process.Kill(entireProcessTree: true);
        }
        // Drains the asynchronous readers, so the last lines are in.
        _process.WaitForExit();
        lock (_out)
        {
            lock (_error)
            {
                return new CliRun(exited ? _process.ExitCode : -1, _out.ToString(), _error.ToString(), !exited);
            }
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
    }

    [GeneratedRegex(@"^Serving .* at (?<address>http://127\.0\.0\.1:\d+)/")]
    private static partial Regex ServingLine();
}
