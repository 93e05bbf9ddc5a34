using StudyGuide.Content;
using StudyGuide.Loading;

namespace StudyGuide.Verification;

/// <summary>A coding question's practice files (<see cref="PracticeFiles"/>) and its reference solution: what the verifier runs together.</summary>
public sealed record PracticeProblem(string QuestionId, CodingCategory Category, GoCodeFile Reference, GoCodeFile Starter, GoCodeFile Tests)
{
    /// <summary>Every coding question's, in content order.</summary>
    public static IReadOnlyList<PracticeProblem> From(ContentSet content, InputFolder input) => content.Questions
        .Select(q => (q.Id, Coding: q.Details as CodingDetails))
        .Where(q => q.Coding is not null)
        .Select(q => new PracticeProblem(q.Id, q.Coding!.Category,
            GoCodeFile.Of(input, q.Coding.Code.SourcePath, q.Coding.Code.Code, q.Coding.Code.ExpectedOutput),
            GoCodeFile.Of(input, q.Coding.Starter.SourcePath, q.Coding.Starter.Code, null),
            GoCodeFile.Of(input, q.Coding.Tests.SourcePath, q.Coding.Tests.Code, null)))
        .ToList();

    /// <summary>The three files, reference first.</summary>
    public IEnumerable<GoCodeFile> Files => [Reference, Starter, Tests];
}

public enum PracticeStatus
{
    /// <summary>The reference passes every case and the starter fails at least one, each in the fixed form.</summary>
    Verified,

    /// <summary>Something is wrong; the errors say what.</summary>
    Failed,

    /// <summary>A file needs a newer Go than the local one, so nothing was run.</summary>
    Skipped,
}

/// <summary>What the verifier found for one <see cref="PracticeProblem"/>.</summary>
/// <param name="Cases">The <c>t.Run</c> cases the reference passed.</param>
/// <param name="StarterFailures">The cases the starter failed.</param>
/// <param name="NeedsMinor">For a skipped problem, the Go 1.N its files need.</param>
public sealed record PracticeResult(string QuestionId, CodingCategory Category, PracticeStatus Status, int Cases = 0, int StarterFailures = 0, int NeedsMinor = 0)
{
    /// <summary>How <c>check --go</c> describes it: <c>reference passes 8 of 8 cases, starter fails 5</c>.</summary>
    public string Outcome => Status switch
    {
        PracticeStatus.Verified => $"reference passes {Cases} of {Cases} cases, starter fails {StarterFailures}",
        PracticeStatus.Skipped => $"skipped (needs go1.{NeedsMinor})",
        _ => "failed (see the errors)",
    };
}
