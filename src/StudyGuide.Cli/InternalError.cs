namespace StudyGuide.Cli;

/// <summary>
/// How an exception nothing expected reaches the user: one line on stderr,
/// <c>studyguide: internal error: &lt;type&gt;: &lt;message&gt;; rerun with --verbose for details</c>,
/// and the stack trace only with <c>--verbose</c>. The message may quote content (a file name, a
/// value), so control and bidirectional-override characters in it are escaped: it cannot forge a
/// second line or send escape sequences to the terminal.
/// </summary>
internal static class InternalError
{
    public static void Report(Exception exception, bool verbose, TextWriter error)
    {
        var cause = RootOf(exception);
        error.WriteLine($"studyguide: internal error: {cause.GetType().FullName}: {TerminalText.Escape(cause.Message)}; rerun with --verbose for details");
        if (verbose)
        {
            error.WriteLine(exception.ToString());
        }
    }

    /// <summary>The exception worth naming: the first inner one of an exception thrown on worker threads (Parallel, tasks).</summary>
    public static Exception RootOf(Exception exception)
    {
        while (exception is AggregateException { InnerExceptions.Count: > 0 } aggregate)
        {
            exception = aggregate.InnerExceptions[0];
        }
        return exception;
    }
}
