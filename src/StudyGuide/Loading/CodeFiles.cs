using StudyGuide.CodeLanguages;
using StudyGuide.Content;

namespace StudyGuide.Loading;

/// <summary>The program files of the content, as a language's verifier takes them.</summary>
public static class CodeFiles
{
    /// <summary>Every program of the questions, once each, in content order, named as errors name them (the practice files are <see cref="Practice"/>'s).</summary>
    public static IReadOnlyList<CodeFile> Of(ContentSet content, InputFolder input) => content.CodeSamples
        .Select(sample => Of(input, sample.SourcePath, sample.Code, sample.ExpectedOutput))
        .Distinct()
        .ToList();

    /// <summary>Every question with both practice files and a program (a coding question), in content order: what the verifier proves the tests with.</summary>
    public static IReadOnlyList<PracticeProblem> Practice(ContentSet content, InputFolder input) => content.Questions
        .Where(q => q.Code is not null && q.PracticeFile(PracticeRole.Starter) is not null && q.PracticeFile(PracticeRole.Tests) is not null)
        .Select(q => new PracticeProblem(q.Id,
            Of(input, q.Code!.SourcePath, q.Code.Code, q.Code.ExpectedOutput),
            Of(input, q.PracticeFile(PracticeRole.Starter)!.SourcePath, q.PracticeFile(PracticeRole.Starter)!.Code, null),
            Of(input, q.PracticeFile(PracticeRole.Tests)!.SourcePath, q.PracticeFile(PracticeRole.Tests)!.Code, null)))
        .ToList();

    /// <summary>The file at <paramref name="sourcePath"/> (relative to the repository root), named in errors by its display path.</summary>
    private static CodeFile Of(InputFolder input, string sourcePath, string code, string? expectedOutput) =>
        new(input.DisplayPath(input.FromRepositoryPath(sourcePath)), code, expectedOutput);
}
