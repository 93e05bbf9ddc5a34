using Spectre.Console;
using StudyGuide.Diagnostics;
using StudyGuide.Pipeline;

namespace StudyGuide.Cli;

/// <summary>
/// The command line's output, through the writers it was given (the console's, when run as a
/// program): a live status line on an interactive terminal, plain lines when output is redirected
/// or in CI. Diagnostics always go to stderr in the compiler-style format editors parse.
/// </summary>
internal sealed class Reporter(TextWriter output, TextWriter error, bool interactive)
{
    private readonly bool _interactive = interactive;

    /// <summary>Standard output: summaries and what a command reports.</summary>
    public TextWriter Out { get; } = output;

    /// <summary>Standard error: diagnostics (when not interactive), usage and internal errors.</summary>
    public TextWriter Error { get; } = error;

    /// <summary>Whether the console is a terminal a person watches: neither stream redirected, and not in CI.</summary>
    public static bool ConsoleIsInteractive() =>
        !Console.IsOutputRedirected && !Console.IsErrorRedirected && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public BuildResult Run(string verb, Func<Action<string>, BuildResult> build)
    {
        if (!_interactive)
        {
            return build(_ => { });
        }
        BuildResult? result = null;
        AnsiConsole.Status().Spinner(Spinner.Known.Dots).Start($"{verb}…", context =>
        {
            result = build(stage => context.Status($"{verb}: {stage}"));
        });
        return result!;
    }

    public int Finish(BuildResult result, string successMessage, bool showTimings)
    {
        Print(result.Diagnostics);
        if (showTimings)
        {
            foreach (var timing in result.Timings)
            {
                Out.WriteLine($"  {timing.Stage,-8} {timing.Elapsed.TotalMilliseconds,8:F0} ms");
            }
        }
        var seconds = result.Elapsed.TotalSeconds.ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
        if (result.Succeeded)
        {
            Out.WriteLine($"{successMessage} in {seconds} s");
            return ExitCodes.Success;
        }
        var count = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        Error.WriteLine($"{count} error{(count == 1 ? "" : "s")}; nothing was written, the previous output is unchanged.");
        return ExitCodes.ContentErrors;
    }

    /// <summary>Diagnostics, one per line: colored on a terminal, the plain compiler format on stderr otherwise.</summary>
    public void Print(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (_interactive)
            {
                Out.WriteLine(TerminalLine(diagnostic, AnsiConsole.Profile.Capabilities.Ansi));
            }
            else
            {
                Error.WriteLine(diagnostic.ToString());
            }
        }
    }

    /// <summary>
    /// A diagnostic for an interactive terminal: the compiler format with the location in bold and the
    /// severity in color. Written straight to the terminal rather than through Spectre, which wraps a
    /// long line by inserting line breaks: a wrapped part of a message that quotes content could start
    /// like a diagnostic of its own. The location and message are already safe text (<see cref="SafeText"/>),
    /// so content can neither add a line nor send escape sequences of its own.
    /// </summary>
    public static string TerminalLine(Diagnostic diagnostic, bool ansi)
    {
        if (!ansi)
        {
            return diagnostic.ToString();
        }
        var color = diagnostic.Severity == Severity.Error ? "\u001b[31m" : "\u001b[33m";
        return $"\u001b[1m{diagnostic.Location}\u001b[0m: {color}{diagnostic.SeverityText}\u001b[0m: {diagnostic.Message}";
    }
}
