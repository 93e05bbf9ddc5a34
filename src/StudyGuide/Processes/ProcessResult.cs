namespace StudyGuide.Processes;

/// <summary>What a finished (or stopped) process left behind.</summary>
/// <param name="ExitCode">The exit code; meaningless when <paramref name="TimedOut"/>.</param>
/// <param name="TimedOut">True when the process was killed for running past its time limit.</param>
public sealed record ProcessResult(int ExitCode, string Stdout, string Stderr, bool TimedOut)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;

    /// <summary>Both streams, the way a terminal shows them: the Go tools, npm and Pagefind write their messages to either.</summary>
    public string Output => Stdout.Length == 0 ? Stderr : Stderr.Length == 0 ? Stdout : Stdout + Stderr;
}
