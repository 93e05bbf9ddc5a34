using StudyGuide.Diagnostics;

namespace StudyGuide.CodeLanguages;

/// <summary>A program file to verify: where errors point, its code, and what it must print.</summary>
/// <param name="DisplayPath">The file's path in error messages (relative to the working directory, like every content error).</param>
/// <param name="ExpectedOutput">The question's <c>expected_output</c>, or null.</param>
public sealed record CodeFile(string DisplayPath, string Code, string? ExpectedOutput);

/// <summary>Verifies program files with a language's real toolchain.</summary>
public interface ICodeVerifier
{
    /// <summary>Verifies every file the local toolchain can build, and lists the ones it cannot.</summary>
    Task<CodeVerification> VerifyAsync(IReadOnlyList<CodeFile> files, CancellationToken cancellation = default);

    /// <summary>The local toolchain's version, like <c>go1.19.8</c>.</summary>
    Task<string> VersionAsync(CancellationToken cancellation = default);
}

/// <summary>What a verifier found: the errors, the files it could not check with this toolchain, and which toolchain that was.</summary>
/// <param name="Diagnostics">Errors, sorted by file and position.</param>
/// <param name="Skipped">Files that ask for a newer toolchain than <paramref name="ToolchainVersion"/>, in path order: neither passed nor failed.</param>
public sealed record CodeVerification(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<SkippedCodeFile> Skipped, string ToolchainVersion);

/// <summary>A file not verified because it needs release <paramref name="Release"/> of the toolchain or newer (asked for at <paramref name="Line"/>).</summary>
public sealed record SkippedCodeFile(string DisplayPath, int Line, string Release)
{
    /// <summary>How <c>check</c> lists it: <c>input/banks/x/y.go:3: skipped (needs go1.23)</c>.</summary>
    public override string ToString() => $"{DisplayPath}:{Line}: skipped (needs {Release})";
}
