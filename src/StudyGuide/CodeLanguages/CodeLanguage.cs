namespace StudyGuide.CodeLanguages;

/// <summary>
/// A programming language that questions carry programs in: the one seam between the engine and
/// a language. The loader recognises a program by its <see cref="FileExtension"/>, the highlighter
/// colours it by its <see cref="HighlightScope"/> (and Markdown fences named as <see cref="FenceNames"/>),
/// the page runs it through the runner's proxy (<see cref="ProxyPaths"/> forwarded to <see cref="RunnerUpstream"/>)
/// and links to shared copies (<see cref="ShareUrl"/>), <c>check</c> verifies it with <see cref="LocateVerifier"/>,
/// <c>playground share</c> posts it to <see cref="ShareEndpoint"/>, and <c>new problem</c> starts from
/// <see cref="ScaffoldProgram"/>. A coding question's practice files (a starter and tests, see
/// <see cref="PracticeRole"/>) are named by <see cref="PracticePath"/> and run as <see cref="PracticeFileName"/>.
/// Go is the only one (<see cref="Go.GoLanguage"/>).
/// </summary>
public abstract class CodeLanguage
{
    /// <summary>The language's name in Markdown fences and in <c>data-lang</c>.</summary>
    public abstract string Name { get; }

    /// <summary>How readers see it ("Go code").</summary>
    public abstract string Label { get; }

    /// <summary>The extension of its program files, with the dot.</summary>
    public abstract string FileExtension { get; }

    /// <summary>The names after a Markdown code fence that mean this language.</summary>
    public abstract IReadOnlyList<string> FenceNames { get; }

    /// <summary>The TextMate grammar's scope.</summary>
    public abstract string HighlightScope { get; }

    /// <summary>The service that runs programs for readers, as they see it ("Go Playground").</summary>
    public abstract string RunnerName { get; }

    /// <summary>The runner's editor, for readers without JavaScript.</summary>
    public abstract string OnlineEditor { get; }

    /// <summary>Where the site's runner proxy forwards (the preview server's, and netlify.toml's).</summary>
    public abstract string RunnerUpstream { get; }

    /// <summary>The paths under the site's proxy prefix that are forwarded to <see cref="RunnerUpstream"/>.</summary>
    public abstract IReadOnlyList<string> ProxyPaths { get; }

    /// <summary>The page of a program shared with the runner under <paramref name="id"/>.</summary>
    public abstract string ShareUrl(string id);

    /// <summary>Where <c>playground share</c> posts a program's code to get a share id.</summary>
    public abstract string ShareEndpoint { get; }

    /// <summary>The program a new question starts with: it builds and prints <see cref="ScaffoldOutput"/>.</summary>
    public abstract string ScaffoldProgram { get; }

    public abstract string ScaffoldOutput { get; }

    /// <summary>What to tell someone whose machine has no toolchain for the language.</summary>
    public abstract string ToolchainHint { get; }

    /// <summary>The local toolchain's verifier, or null when the toolchain is not installed.</summary>
    public abstract ICodeVerifier? LocateVerifier(TimeSpan runTimeLimit);

    /// <summary>
    /// Where the practice file of <paramref name="role"/> of question <paramref name="id"/> in bank
    /// <paramref name="bankId"/> is, relative to the bank file: its name is fixed by the id, beside the program.
    /// </summary>
    public abstract string PracticePath(PracticeRole role, string bankId, string id);

    /// <summary>
    /// The practice file's name wherever it runs with the reader's code (the page's Check, the verifier, a
    /// download): the reader's code, at first the starter, and the tests of question <paramref name="id"/>.
    /// </summary>
    public abstract string PracticeFileName(PracticeRole role, string id);

    /// <summary>The starter a new coding question starts with: <see cref="ScaffoldProgram"/>'s signatures, returning zero values, so the tests fail on it.</summary>
    public abstract string ScaffoldStarter { get; }

    /// <summary>The tests a new coding question starts with: one case, that <see cref="ScaffoldProgram"/> passes and <see cref="ScaffoldStarter"/> fails.</summary>
    public abstract string ScaffoldTests { get; }

    /// <summary>What to write in the practice files, for <c>new problem</c>'s next steps (the tests' fixed form of a failure).</summary>
    public abstract string PracticeAdvice(string testsPath, string starterPath);
}

/// <summary>The two practice files of a coding question: what the reader starts from, and the tests their solution must pass.</summary>
public enum PracticeRole
{
    /// <summary>The signatures the tests call, with bodies that return zero values.</summary>
    Starter,

    /// <summary>Table-driven tests, every case named, each failure in the fixed form the page shows.</summary>
    Tests,
}
