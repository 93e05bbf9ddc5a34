using System.Text.RegularExpressions;

namespace StudyGuide.Fuzzing;

/// <summary>What a case did: built, refused with content errors (both fine), crashed or hung.</summary>
public enum VerdictKind
{
    Built,
    Refused,
    Crash,
    Hang,
}

/// <param name="Reason">For a crash or hang, the first thing that is wrong, in one line.</param>
/// <param name="Details">Everything the worker printed, for the kept case folder.</param>
public sealed partial record Verdict(VerdictKind Kind, double Seconds, string Reason = "", string Details = "")
{
    public bool Failed => Kind is VerdictKind.Crash or VerdictKind.Hang;

    /// <summary>
    /// Success (exit 0), or content errors (exit 1) where every line on stderr is a diagnostic
    /// (<c>path:line:col: error: …</c> or <c>path: error: …</c>) or the closing count; anything
    /// else (another exit code, an exception, a stack trace, a line that is not a diagnostic, an
    /// exit 1 without any diagnostic) is a crash.
    /// </summary>
    public static Verdict Of(WorkerResult result, TimeSpan limit) => result switch
    {
        WorkerResult.TimedOut => new(VerdictKind.Hang, limit.TotalSeconds, $"over {limit.TotalSeconds:0.#} s"),
        WorkerResult.Died died => new(VerdictKind.Crash, 0, $"worker process died (exit {died.ExitCode}): {FirstLine(died.ErrorTail)}", died.ErrorTail),
        WorkerResult.Replied { Reply: var reply } => Of(reply),
        _ => throw new ArgumentOutOfRangeException(nameof(result)),
    };

    private static Verdict Of(WorkerReply reply)
    {
        var details = $"exit {reply.ExitCode}\n--- stdout\n{reply.Output}\n--- stderr\n{reply.Error}\n--- escaped\n{reply.Escaped}";
        Verdict Crash(string reason) => new(VerdictKind.Crash, reply.Seconds, reason, details);
        if (reply.Escaped is { } escaped)
        {
            return Crash($"exception escaped the CLI: {FirstLine(escaped)}");
        }
        var lines = reply.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var odd = lines.FirstOrDefault(l => !DiagnosticLine().IsMatch(l) && !ErrorCount().IsMatch(l));
        if (StackFrame().Match(reply.Output + reply.Error) is { Success: true } frame)
        {
            // The exception's own line says more than its first frame; an inner exception's more still.
            var inner = lines.FirstOrDefault(l => l.StartsWith("--->", StringComparison.Ordinal));
            return Crash($"stack trace: {Quote(odd ?? frame.Value.Trim())}{(inner is null ? "" : " " + Quote(inner))}");
        }
        switch (reply.ExitCode)
        {
            case 0:
                return new(VerdictKind.Built, reply.Seconds);
            case 1 when odd is not null:
                return Crash($"not a diagnostic: {Quote(odd)}");
            case 1 when !lines.Any(l => DiagnosticLine().IsMatch(l)):
                return Crash("exit 1 without a positioned error");
            case 1:
                return new(VerdictKind.Refused, reply.Seconds);
            default:
                return Crash($"exit {reply.ExitCode}: {Quote(lines.FirstOrDefault() ?? "")}");
        }
    }

    private static string FirstLine(string text) => Quote(text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "");

    /// <summary>One line, control characters escaped and cut to a readable length, for the report.</summary>
    private static string Quote(string text)
    {
        var escaped = string.Concat(text.Take(300).Select(c => char.IsControl(c) ? $"\\x{(int)c:X2}" : c.ToString()));
        return text.Length > 300 ? escaped + "…" : escaped;
    }

    /// <summary>A file path (no colon, no leading space), an optional position, then the severity.</summary>
    [GeneratedRegex(@"^[^\s:][^:]*(:\d+:\d+)?: (error|warning): \S")]
    private static partial Regex DiagnosticLine();

    [GeneratedRegex(@"^\d+ errors?;")]
    private static partial Regex ErrorCount();

    [GeneratedRegex(@"(?m)^\s+at \S+\(.*$")]
    private static partial Regex StackFrame();
}
