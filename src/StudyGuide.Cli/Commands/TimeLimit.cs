using System.CommandLine;
using System.Globalization;

namespace StudyGuide.Cli.Commands;

/// <summary>
/// <c>--timeout S</c> of <c>build</c> and <c>check</c>: a wall-clock limit for one build, so a
/// deploy preview of hostile content ends with an error instead of running until the CI job is
/// killed. The build is cancelled through its stages and per-file loops (not by killing the
/// process), so it stops at the next file, removes its staging folder and leaves the previous
/// output as it was.
/// </summary>
internal sealed class TimeLimit : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly string _seconds;
    private readonly TextWriter _error;

    private TimeLimit(double? seconds, TextWriter error)
    {
        _error = error;
        _seconds = seconds?.ToString(CultureInfo.InvariantCulture) ?? "";
        if (seconds is { } limit)
        {
            _source.CancelAfter(TimeSpan.FromSeconds(limit));
        }
    }

    public static Option<double?> Option() => new("--timeout")
    {
        Description = "Stop with an error when the build takes longer than this many seconds (decimals allowed); no limit by default",
    };

    /// <summary>The limit of <paramref name="seconds"/> (none when null), or null after printing to <paramref name="error"/> why the value is not one.</summary>
    public static TimeLimit? From(double? seconds, TextWriter error)
    {
        if (seconds is { } value && (value <= 0 || !double.IsFinite(value)))
        {
            error.WriteLine($"studyguide: error: --timeout must be a positive number of seconds, like 120 or 0.5, not {value.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }
        return new TimeLimit(seconds, error);
    }

    public CancellationToken Token => _source.Token;

    /// <summary>Whether <paramref name="exception"/> is this limit stopping the build (possibly on worker threads).</summary>
    public bool Stopped(Exception exception) => _source.IsCancellationRequested && InternalError.RootOf(exception) is OperationCanceledException;

    /// <summary>Prints the one line that says the build was stopped; returns the exit code.</summary>
    public int Report(string verb)
    {
        _error.WriteLine($"studyguide: error: the {verb} took longer than {_seconds} s and was stopped; nothing was written, the previous output is unchanged");
        return ExitCodes.ContentErrors;
    }

    public void Dispose() => _source.Dispose();
}
