namespace StudyGuide.Diagnostics;

public enum Severity
{
    Error,
    Warning,
}

/// <summary>
/// One problem found in the content, printed compiler-style so editors and CI logs
/// can link straight to it: <c>input/banks/coding.yml:12:5: error: unknown key 'dificulty'</c>.
/// </summary>
public sealed record Diagnostic(SourceLocation Location, Severity Severity, string Message)
{
    public static Diagnostic Error(SourceLocation location, string message) => new(location, Severity.Error, message);

    public override string ToString() =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
}
