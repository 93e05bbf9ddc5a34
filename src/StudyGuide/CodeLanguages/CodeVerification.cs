using StudyGuide.Diagnostics;

namespace StudyGuide.CodeLanguages;

/// <summary>A program file to verify: where errors point, its code, and what it must print.</summary>
/// <param name="DisplayPath">The file's path in error messages (relative to the working directory, like every content error).</param>
/// <param name="ExpectedOutput">The question's <c>expected_output</c>, or null.</param>
public sealed record CodeFile(string DisplayPath, string Code, string? ExpectedOutput);

/// <summary>A coding question's practice files and its reference solution (its program): what a verifier runs together (see <see cref="PracticeRole"/>).</summary>
public sealed record PracticeProblem(string QuestionId, CodeFile Reference, CodeFile Starter, CodeFile Tests)
{
    /// <summary>The three files, reference first.</summary>
    public IEnumerable<CodeFile> Files => [Reference, Starter, Tests];
}

/// <summary>Verifies program files with a language's real toolchain.</summary>
public interface ICodeVerifier
{
    /// <summary>Verifies every file the local toolchain can build, and lists the ones it cannot.</summary>
    Task<CodeVerification> VerifyAsync(IReadOnlyList<CodeFile> files, CancellationToken cancellation = default) => VerifyAsync(files, [], cancellation);

    /// <summary>
    /// Verifies every file the local toolchain can build, and proves each practice problem's tests: they
    /// pass on its reference solution and fail on its starter. Lists the files it cannot check; a problem
    /// with such a file is skipped as a whole.
    /// </summary>
    Task<CodeVerification> VerifyAsync(IReadOnlyList<CodeFile> files, IReadOnlyList<PracticeProblem> practice, CancellationToken cancellation = default);

    /// <summary>The local toolchain's version, like <c>go1.19.8</c>.</summary>
    Task<string> VersionAsync(CancellationToken cancellation = default);
}

/// <summary>What a verifier found: the errors, the files it could not check with this toolchain, and which toolchain that was.</summary>
/// <param name="Diagnostics">Errors, sorted by file and position.</param>
/// <param name="Skipped">Files that ask for a newer toolchain than <paramref name="ToolchainVersion"/>, in path order: neither passed nor failed.</param>
/// <param name="Practice">What was found for each practice problem, in the order given.</param>
/// <param name="CheckedFiles">How many files were checked: the program files not skipped, and the starters and tests of the problems not skipped.</param>
public sealed record CodeVerification(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<SkippedCodeFile> Skipped, string ToolchainVersion,
    IReadOnlyList<PracticeResult> Practice, int CheckedFiles);

public enum PracticeStatus
{
    /// <summary>The reference passes every case and the starter fails at least one, each in the fixed form.</summary>
    Verified,

    /// <summary>Something is wrong; the errors say what.</summary>
    Failed,

    /// <summary>A file needs a newer toolchain than the local one, so nothing was run.</summary>
    Skipped,
}

/// <summary>What the verifier found for one <see cref="PracticeProblem"/>.</summary>
/// <param name="Cases">The cases the reference passed.</param>
/// <param name="StarterFailures">The cases the starter failed.</param>
/// <param name="NeedsRelease">For a skipped problem, the toolchain release its files need, like <c>go1.23</c>.</param>
public sealed record PracticeResult(string QuestionId, PracticeStatus Status, int Cases = 0, int StarterFailures = 0, string? NeedsRelease = null)
{
    /// <summary>How <c>check</c> describes it: <c>reference passes 8 of 8 cases, starter fails 5</c>.</summary>
    public string Outcome => Status switch
    {
        PracticeStatus.Verified => $"reference passes {Cases} of {Cases} cases, starter fails {StarterFailures}",
        PracticeStatus.Skipped => $"skipped (needs {NeedsRelease})",
        _ => "failed (see the errors)",
    };
}

/// <summary>A file not verified because it needs release <paramref name="Release"/> of the toolchain or newer (asked for at <paramref name="Line"/>).</summary>
public sealed record SkippedCodeFile(string DisplayPath, int Line, string Release)
{
    /// <summary>How <c>check</c> lists it: <c>input/banks/x/y.go:3: skipped (needs go1.23)</c>.</summary>
    public override string ToString() => $"{DisplayPath}:{Line}: skipped (needs {Release})";
}
