using StudyGuide.Pipeline;

namespace StudyGuide.Tests.Infrastructure;

/// <summary>Runs the real pipeline on a content folder with the repository's theme.</summary>
public static class Builds
{
    public static BuildResult Run(string input, string output, bool write = true) =>
        new SiteBuilder().Build(new BuildOptions(input, RepoPaths.Theme, output, WriteOutput: write));

    public static IReadOnlyList<string> Errors(BuildResult result) => result.Diagnostics.Select(d => d.ToString()).ToList();
}
