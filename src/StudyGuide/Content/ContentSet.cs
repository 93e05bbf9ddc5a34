namespace StudyGuide.Content;

/// <summary>Everything loaded from <c>input/</c>: the immutable result of the load stage.</summary>
public sealed record ContentSet(
    SiteConfig Site,
    HomePage Home,
    IReadOnlyList<Chapter> Chapters,
    IReadOnlyList<QuestionBank> Banks,
    IReadOnlyList<Checklist> Checklists)
{
    public IEnumerable<Question> Questions => Banks.SelectMany(b => b.Questions);
}
