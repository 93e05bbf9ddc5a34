using StudyGuide.Diagnostics;

namespace StudyGuide.Cli.Scaffolding;

/// <summary>
/// A scaffold refused to write anything (the id is taken, not a slug, the bank does not exist…); the
/// message says what to do. <see cref="Causes"/> are the content errors behind a refusal, printed first
/// as positioned lines (a bank that cannot be read is refused with its own errors).
/// </summary>
internal sealed class ScaffoldException(string message, IReadOnlyList<Diagnostic>? causes = null) : Exception(message)
{
    public IReadOnlyList<Diagnostic> Causes { get; } = causes ?? [];
}
