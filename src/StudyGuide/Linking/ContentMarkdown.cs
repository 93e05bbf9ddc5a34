using StudyGuide.Content;
using StudyGuide.Routing;

namespace StudyGuide.Linking;

/// <summary>
/// Every Markdown field of the content, with the URL of the page it is shown on. The parse
/// and link stages both walk this one list, so a new field cannot be parsed but left unchecked.
/// </summary>
internal static class ContentMarkdown
{
    public static IEnumerable<(string PageUrl, MarkdownSource Source)> All(ContentSet content)
    {
        yield return (Routes.Home.Url, content.Home.Body);
        foreach (var chapter in content.Chapters)
        {
            yield return (Routes.Chapter.For(chapter.Id), chapter.Body);
        }
        foreach (var bank in content.Banks)
        {
            yield return (Routes.Bank.For(bank.Id), bank.Description);
            foreach (var question in bank.Questions)
            {
                foreach (var source in Of(question))
                {
                    yield return (Routes.Question.For(question.Id), source);
                }
            }
        }
        foreach (var checklist in content.Checklists)
        {
            yield return (Routes.Checklist.For(checklist.Id), checklist.Intro);
            foreach (var item in checklist.Sections.SelectMany(s => s.Items))
            {
                yield return (Routes.Checklist.For(checklist.Id), item.Text);
                if (item.Note is not null)
                {
                    yield return (Routes.Checklist.For(checklist.Id), item.Note);
                }
            }
        }
    }

    private static IEnumerable<MarkdownSource> Of(Question question) =>
        [question.Prompt, question.Answer, .. question.FollowUps, .. question.Fields.SelectMany(f => f.Markdown)];
}
