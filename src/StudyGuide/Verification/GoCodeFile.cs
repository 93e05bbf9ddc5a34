using StudyGuide.Content;
using StudyGuide.Loading;

namespace StudyGuide.Verification;

/// <summary>A Go file to verify: where errors point, its code, and what it must print.</summary>
/// <param name="DisplayPath">The file's path in error messages (relative to the working directory, like every content error).</param>
/// <param name="ExpectedOutput">The question's <c>expected_output</c>, or null.</param>
public sealed record GoCodeFile(string DisplayPath, string Code, string? ExpectedOutput)
{
    /// <summary>Every code file of the coding and concept banks, once each, in content order.</summary>
    public static IReadOnlyList<GoCodeFile> From(ContentSet content, InputFolder input) => content.CodeSamples
        .Select(sample => new GoCodeFile(input.DisplayPath(input.FromRepositoryPath(sample.SourcePath)), sample.Code, sample.ExpectedOutput))
        .Distinct()
        .ToList();
}
