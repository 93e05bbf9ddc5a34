using StudyGuide.Content;
using StudyGuide.Loading;

namespace StudyGuide.Verification;

/// <summary>A Go file to verify: where errors point, its code, and what it must print.</summary>
/// <param name="DisplayPath">The file's path in error messages (relative to the working directory, like every content error).</param>
/// <param name="ExpectedOutput">The question's <c>expected_output</c>, or null.</param>
public sealed record GoCodeFile(string DisplayPath, string Code, string? ExpectedOutput)
{
    /// <summary>Every code file of the coding and concept banks, once each, in content order (the practice files are <see cref="PracticeProblem"/>'s).</summary>
    public static IReadOnlyList<GoCodeFile> From(ContentSet content, InputFolder input) => content.CodeSamples
        .Select(sample => Of(input, sample.SourcePath, sample.Code, sample.ExpectedOutput))
        .Distinct()
        .ToList();

    /// <summary>The file at <paramref name="sourcePath"/> (relative to the repository root), named in errors by its display path.</summary>
    public static GoCodeFile Of(InputFolder input, string sourcePath, string code, string? expectedOutput) =>
        new(input.DisplayPath(input.FromRepositoryPath(sourcePath)), code, expectedOutput);
}
