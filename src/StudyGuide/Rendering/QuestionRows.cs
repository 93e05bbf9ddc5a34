using StudyGuide.Content;
using StudyGuide.Rendering.Views;
using StudyGuide.Routing;

namespace StudyGuide.Rendering;

/// <summary>Table rows and labels for questions, shared by every page that lists questions.</summary>
public static class QuestionRows
{
    public static TopicView Topic(string slug) => new(slug, TopicNames.Of(slug), Routes.Topic(slug));

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
        bank.Kind.Label);
}
