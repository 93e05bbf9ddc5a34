using StudyGuide.Pipeline;

namespace StudyGuide.Tests.Infrastructure;

/// <summary>Runs the real pipeline on a content folder with the repository's theme.</summary>
public static class Builds
{
    /// <summary>
    /// Builds <paramref name="input"/> into <paramref name="output"/>. Without the search stage unless
    /// <paramref name="search"/> says otherwise: Pagefind is the slowest stage by far, so only a test
    /// that reads <c>/pagefind/</c> or <c>/search/*.json</c> (or tests the stage itself) asks for it.
    /// </summary>
    public static BuildResult Run(string input, string output, bool write = true, bool search = false, string? theme = null) =>
        new SiteBuilder().Build(new BuildOptions(input, theme ?? RepoPaths.Theme, output, WriteOutput: write, Search: search));

    public static IReadOnlyList<string> Errors(BuildResult result) => result.Diagnostics.Select(d => d.ToString()).ToList();
}
