using StudyGuide.CodeLanguages;
using StudyGuide.Content;
using StudyGuide.ContentTypes;
using StudyGuide.Diagnostics;
using StudyGuide.Loading;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Content;

/// <summary>The guide's coding problems: each one can be practised, and together they cover the classic categories.</summary>
public sealed class RealInputCodingProblemsTests
{
    /// <summary>Each coding question, with the values of its category and practice files (the fields declared in <see cref="QuestionKinds"/>).</summary>
    private static IReadOnlyList<(Question Question, (CodingCategory Category, PracticeFileValue Starter, PracticeFileValue Tests) Coding)> CodingProblems()
    {
        var diagnostics = new DiagnosticBag();
        var content = new ContentLoader().Load(new InputFolder(RepoPaths.Input), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return content!.Banks.Where(b => b.Kind == QuestionKinds.Coding).SelectMany(b => b.Questions)
            .Select(q => (q, (Assert.NotNull(q.Category), Assert.IsType<PracticeFileValue>(q.PracticeFile(PracticeRole.Starter)), Assert.IsType<PracticeFileValue>(q.PracticeFile(PracticeRole.Tests)))))
            .ToList();
    }

    [Fact]
    public void Every_coding_question_has_a_starter_and_tests_and_a_category()
    {
        foreach (var (question, coding) in CodingProblems())
        {
            Assert.Contains(coding.Category, CodingCategory.All);
            Assert.Equal($"input/banks/{question.BankId}/{question.Id}.starter.go", coding.Starter.SourcePath);
            Assert.Equal($"input/banks/{question.BankId}/{question.Id}_test.go", coding.Tests.SourcePath);
            Assert.Contains("func Test", coding.Tests.Code);
        }
    }

    /// <summary>Issue 18's acceptance: at least 75 problems, at least 3 in each category, at least 8 on concurrency.</summary>
    [Fact]
    public void The_problem_set_covers_every_category()
    {
        var problems = CodingProblems();
        Assert.True(problems.Count >= 75, $"{problems.Count} coding problems");
        var counts = problems.CountBy(p => p.Coding.Category).ToDictionary();
        Assert.All(CodingCategory.All, c => Assert.True(counts.GetValueOrDefault(c) >= 3, $"{c.Name}: {counts.GetValueOrDefault(c)} problems"));
        Assert.True(counts[CodingCategory.BySlug["concurrency"]] >= 8, $"{counts[CodingCategory.BySlug["concurrency"]]} concurrency problems");
    }

    /// <summary>The bank lists its problems by category, in the order of <see cref="CodingCategory.All"/>.</summary>
    [Fact]
    public void The_coding_bank_lists_its_problems_by_category()
    {
        var ranks = CodingProblems().Select(p => p.Coding.Category.Rank).ToList();
        Assert.Equal(ranks.Order(), ranks);
    }
}
