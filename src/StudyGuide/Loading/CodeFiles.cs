using StudyGuide.CodeLanguages;
using StudyGuide.Content;

namespace StudyGuide.Loading;

/// <summary>The program files of the content, as a language's verifier takes them.</summary>
public static class CodeFiles
{
    /// <summary>Every program of the questions, once each, in content order, named as errors name them.</summary>
    public static IReadOnlyList<CodeFile> Of(ContentSet content, InputFolder input) => content.CodeSamples
        .Select(sample => new CodeFile(input.DisplayPath(input.FromRepositoryPath(sample.SourcePath)), sample.Code, sample.ExpectedOutput))
        .Distinct()
        .ToList();
}
