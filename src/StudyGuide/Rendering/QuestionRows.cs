using StudyGuide.Content;
using StudyGuide.ContentTypes;
using StudyGuide.Rendering.Views;
using StudyGuide.Routing;

namespace StudyGuide.Rendering;

/// <summary>Table rows and labels for questions, shared by every page that lists questions.</summary>
internal static class QuestionRows
{
    public static TopicView Topic(string slug) => new(slug, TopicNames.Of(slug), Routes.Topic(slug));

    /// <summary>A category, linking to the problems list filtered by it.</summary>
    public static CategoryView Category(CodingCategory category) => new(category.Slug, category.Name, Routes.ProblemsIn(category.Slug));

    public static QuestionRowView Of(Question question, QuestionBank bank) => new(
        question.Id,
        question.Title,
        Routes.Question.For(question.Id),
        question.Difficulty.ToString().ToLowerInvariant(),
        question.Difficulty.ToString(),
        (int)question.Difficulty,
        question.Topics.Select(Topic).ToList(),
        string.Join(' ', question.Topics),
        bank.Id,
        bank.Title,
        Routes.Bank.For(bank.Id),
        bank.Kind.Name,
        bank.Kind.Label,
        question.Category is { } category ? Category(category) : null);
}
