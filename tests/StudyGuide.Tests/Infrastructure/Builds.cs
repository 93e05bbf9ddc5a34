using StudyGuide.Pipeline;

namespace StudyGuide.Tests.Infrastructure;

/// <summary>Runs the real pipeline on a content folder with the repository's theme.</summary>
public static class Builds
{
    public static BuildResult Run(string input, string output, bool write = true, bool search = true, string? theme = null) =>
        new SiteBuilder().Build(new BuildOptions(input, theme ?? RepoPaths.Theme, output, WriteOutput: write, Search: search));

    public static IReadOnlyList<string> Errors(BuildResult result) => result.Diagnostics.Select(d => d.ToString()).ToList();
}
