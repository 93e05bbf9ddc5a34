namespace StudyGuide.Diagnostics;

public enum Severity
{
    Error,
    Warning,
}

/// <summary>
/// One problem found in the content, printed compiler-style so editors and CI logs
/// can link straight to it: <c>input/banks/coding.yml:12:5: error: unknown key 'dificulty'</c>.
/// A diagnostic is always exactly one line of safe text: its message is escaped with
/// <see cref="SafeText"/> when it is made (whatever a producer forgot to quote), so every printer
/// (the plain and the interactive terminal, the preview overlay) shows the same safe text.
/// </summary>
public sealed record Diagnostic(SourceLocation Location, Severity Severity, string Message)
{
    private readonly string _message = SafeText.Escape(Message);

    public string Message
    {
        get => _message;
        init => _message = SafeText.Escape(value);
    }

    public static Diagnostic Error(SourceLocation location, string message) => new(location, Severity.Error, message);

    /// <summary>The severity as printed: <c>error</c> or <c>warning</c>.</summary>
    public string SeverityText => Severity == Severity.Error ? "error" : "warning";

    /// <summary>The compiler-style line; escaped once more as a whole, so nothing can make it two lines.</summary>
    public override string ToString() => SafeText.Escape($"{Location}: {SeverityText}: {Message}");
}
