using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace StudyGuide.Fuzzing;

/// <summary>How one request to a worker ended.</summary>
public abstract record WorkerResult
{
    public sealed record Replied(WorkerReply Reply) : WorkerResult;

    /// <summary>The case passed the time limit; the worker has been killed.</summary>
    public sealed record TimedOut : WorkerResult;

    /// <summary>The worker process ended during the case (stack overflow, out of memory, a crash on another thread).</summary>
    public sealed record Died(int ExitCode, string ErrorTail) : WorkerResult;
}

/// <summary>
/// The parent's handle on one worker process (<c>dotnet StudyGuide.Fuzzing.dll</c>): sends case
/// folders, waits for each answer up to a time limit, and kills the process tree when one does
/// not come in time.
/// </summary>
public sealed class WorkerProcess : IDisposable
{
    /// <summary>Enough of a dying worker's stderr to see the exception or "Stack overflow" and its top frames.</summary>
    private const int ErrorTailLength = 4000;

    private readonly Process _process;
    private readonly BlockingCollection<WorkerReply> _replies = new();
    private readonly StringBuilder _error = new();
    private readonly Task _readers;

    public WorkerProcess(string theme, string output)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        foreach (var arg in new[] { typeof(FuzzWorker).Assembly.Location, "--theme", theme, "--output", output })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["CI"] = "true";
        // An alias bomb that expands may allocate without end: fail the case, not the machine.
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x80000000";
        _process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started");
        _readers = Task.WhenAll(Task.Run(ReadReplies), Task.Run(ReadErrors));
    }

    public WorkerResult Run(string caseFolder, TimeSpan limit)
    {
        _process.StandardInput.WriteLine(caseFolder);
        _process.StandardInput.Flush();
        if (_replies.TryTake(out var reply, limit))
        {
            return new WorkerResult.Replied(reply);
        }
        if (_replies.IsAddingCompleted)
        {
            _process.WaitForExit();
            _readers.Wait(TimeSpan.FromSeconds(5));
            lock (_error)
            {
                return new WorkerResult.Died(_process.ExitCode, _error.ToString());
            }
        }
        Kill();
        return new WorkerResult.TimedOut();
    }

    private void ReadReplies()
    {
        while (_process.StandardOutput.ReadLine() is { } line)
        {
            if (WorkerReply.FromLine(line) is { } reply)
            {
                _replies.Add(reply);
            }
        }
        _replies.CompleteAdding();
    }

    private void ReadErrors()
    {
        var buffer = new char[4096];
        int read;
        while ((read = _process.StandardError.Read(buffer, 0, buffer.Length)) > 0)
        {
            lock (_error)
            {
                _error.Append(buffer, 0, read);
                if (_error.Length > ErrorTailLength)
                {
                    _error.Remove(0, _error.Length - ErrorTailLength);
                }
            }
        }
    }

    private void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.WaitForExit();
    }

    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                Kill();
            }
        }
        catch (IOException)
        {
            // Already gone (killed after a hang, or died).
        }
        _readers.Wait(TimeSpan.FromSeconds(5));
        _process.Dispose();
        _replies.Dispose();
    }
}
