using StudyGuide.Content;
using StudyGuide.Linking;
using StudyGuide.Rendering.Views;

namespace StudyGuide.Rendering;

/// <summary>Table rows and labels for questions, shared by every page that lists questions.</summary>
public static class QuestionRows
{
    public static string KindLabel(BankKind kind) => kind switch
    {
        BankKind.Coding => "Coding",
        BankKind.Concept => "Concept",
        BankKind.Behavioral => "Behavioral",
        BankKind.SystemDesign => "System design",
        _ => kind.ToString(),
    };

    public static string KindSlug(BankKind kind) => kind == BankKind.SystemDesign ? "system-design" : kind.ToString().ToLowerInvariant();

    public static TopicView Topic(string slug) => new(slug, TopicNames.Of(slug), SiteUrls.Topic(slug));

    /// <summary>A category, linking to the problems list filtered by it.</summary>
    public static CategoryView Category(CodingCategory category) => new(category.Slug, category.Name, SiteUrls.ProblemsIn(category.Slug));

    public static QuestionRowView Of(Question question, QuestionBank bank) => new(
        question.Id,
        question.Title,
        SiteUrls.Question(question.Id),
        question.Difficulty.ToString().ToLowerInvariant(),
        question.Difficulty.ToString(),
        (int)question.Difficulty,
        question.Topics.Select(Topic).ToList(),
        string.Join(' ', question.Topics),
        bank.Id,
        bank.Title,
        SiteUrls.Bank(bank.Id),
        KindSlug(bank.Kind),
        KindLabel(bank.Kind),
        question.Details is CodingDetails coding ? Category(coding.Category) : null);
}
