using StudyGuide.Diagnostics;

namespace StudyGuide.Verification;

/// <summary>What <see cref="GoCodeVerifier"/> found: the errors, the files it could not check with this Go, and which Go that was.</summary>
/// <param name="Diagnostics">Errors, sorted by file and position.</param>
/// <param name="Skipped">Files whose <c>//go:build go1.N</c> line asks for a newer Go than <paramref name="GoVersion"/>, in path order: neither passed nor failed.</param>
/// <param name="GoVersion">The local toolchain's version, like <c>go1.19.8</c>.</param>
public sealed record GoVerification(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<SkippedGoFile> Skipped, string GoVersion);

/// <summary>A Go file not verified because it needs Go 1.<paramref name="Minor"/> or newer (its <c>//go:build</c> line is <paramref name="Line"/>).</summary>
public sealed record SkippedGoFile(string DisplayPath, int Line, int Minor)
{
    /// <summary>How <c>check --go</c> lists it: <c>input/banks/x/y.go:3: skipped (needs go1.23)</c>.</summary>
    public override string ToString() => $"{DisplayPath}:{Line}: skipped (needs go1.{Minor})";
}
