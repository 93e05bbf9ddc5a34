namespace StudyGuide.Rendering.Views;

public sealed record HomeModel(
    TrustedHtml Intro,
    IReadOnlyList<ChapterLinkView> Chapters,
    IReadOnlyList<BankLinkView> Banks,
    IReadOnlyList<ChecklistLinkView> Checklists,
    int QuestionCount);

public sealed record ChapterLinkView(string Title, string Url, string Summary, int Number);

public sealed record BankLinkView(string Title, string Url, string KindLabel, int Count);

public sealed record ChecklistLinkView(string Title, string Url, int ItemCount);

public sealed record TocEntryView(int Level, string Id, string Text);

public sealed record ChapterModel(
    string Id,
    int Number,
    TrustedHtml Body,
    IReadOnlyList<TocEntryView> Toc,
    ChapterLinkView? Previous,
    ChapterLinkView? Next,
    IReadOnlyList<TopicView> Tags);

public sealed record ChaptersModel(IReadOnlyList<ChapterLinkView> Chapters);

/// <summary>One line of a question table (bank pages, the problems index, the topics page).</summary>
public sealed record QuestionRowView(
    string Id,
    string Title,
    string Url,
    string Difficulty,
    string DifficultyLabel,
    int DifficultyRank,
    IReadOnlyList<TopicView> Topics,
    string TopicSlugs,
    string BankId,
    string BankTitle,
    string BankUrl,
    string Kind,
    string KindLabel);

public sealed record BankModel(
    string Id,
    TrustedHtml Description,
    string KindLabel,
    IReadOnlyList<QuestionRowView> Questions,
    IReadOnlyList<CountView> Difficulties,
    IReadOnlyList<SolvedGroupView> Solved);

public sealed record CountView(string Label, int Count);

/// <summary>
/// One generic section of a question kind's own field, as the templates render it for any field:
/// <c>prose</c> (rendered Markdown under a heading) or <c>disclosures</c> (items shown one by one,
/// like hints). <paramref name="Class"/> is the section element's class.
/// </summary>
public sealed record SectionView(string Form, string Id, string Title, string Class, TrustedHtml? Html, string? ItemLabel, string? ItemClass, IReadOnlyList<TrustedHtml> Items)
{
    public static SectionView Prose(string id, string title, string cssClass, TrustedHtml html) => new("prose", id, title, cssClass, html, null, null, []);

    public static SectionView Disclosures(string id, string title, string itemLabel, IReadOnlyList<TrustedHtml> items) =>
        new("disclosures", id, title, id, null, itemLabel, Content.Slug.From(itemLabel), items);
}

/// <summary>A short value shown in a question's header, like "Pattern: Hash map".</summary>
public sealed record MetaView(string Id, string Label, string Text);

/// <summary>Labelled facts shown inside the answer, like time and space complexity.</summary>
public sealed record FactsView(string Id, IReadOnlyList<FactView> Facts);

public sealed record FactView(string Label, string Text);

/// <param name="Source">The program as text, for Copy, Run and the editable copy.</param>
/// <param name="ShareUrl">The runner's link recorded for exactly this code, or null.</param>
public sealed record CodeView(string FileName, string Path, TrustedHtml Highlighted, string Source, string? ExpectedOutput, string? ShareUrl, CodeLanguageView Language);

/// <summary>The program's language as the code runner shows it (<c>q.code.language.runner_name</c>, …).</summary>
public sealed record CodeLanguageView(string Name, string Label, string RunnerName, string OnlineEditor);

/// <summary>
/// A question's page (and its part of the print page). The common fields are typed; the kind's own
/// fields come as generic sections, by where they go: <paramref name="Meta"/> in the header,
/// <paramref name="BeforeAnswer"/>, <paramref name="InAnswer"/> (facts inside the answer), <paramref name="AfterAnswer"/>.
/// </summary>
public sealed record QuestionModel(
    QuestionRowView Row,
    string PromptTitle,
    TrustedHtml Prompt,
    string AnswerTitle,
    TrustedHtml Answer,
    IReadOnlyList<MetaView> Meta,
    IReadOnlyList<SectionView> BeforeAnswer,
    IReadOnlyList<FactsView> InAnswer,
    IReadOnlyList<SectionView> AfterAnswer,
    IReadOnlyList<TrustedHtml> FollowUps,
    IReadOnlyList<QuestionRowView> Related,
    CodeView? Code,
    LinkView? Previous,
    LinkView? Next,
    IReadOnlyList<TocEntryView> Toc);

public sealed record ProblemsModel(
    IReadOnlyList<QuestionRowView> Questions,
    IReadOnlyList<TopicView> Topics,
    IReadOnlyList<LinkView> Banks,
    IReadOnlyList<SolvedGroupView> Solved);

/// <summary>
/// One line of a "solved" summary. The theme counts the solved rows of the page's question
/// table that match <paramref name="Filter"/> (<c>difficulty:easy</c>, <c>bank:coding</c>).
/// </summary>
public sealed record SolvedCountView(string Label, string Filter, int Total);

public sealed record SolvedGroupView(string Title, IReadOnlyList<SolvedCountView> Counts);

public sealed record ChecklistItemView(string Id, string Key, TrustedHtml Text, TrustedHtml? Note);

public sealed record ChecklistSectionView(string Title, IReadOnlyList<ChecklistItemView> Items);

/// <param name="Url">Absolute URL, printed in the page footer and on the print-all page.</param>
/// <param name="Previous">The checklist before this one in the guide (null for the first, and on the print-all page).</param>
public sealed record ChecklistModel(string Id, string Title, string Url, TrustedHtml Intro, IReadOnlyList<ChecklistSectionView> Sections, int ItemCount,
    LinkView? Previous = null, LinkView? Next = null);

public sealed record ChecklistsModel(IReadOnlyList<ChecklistLinkView> Checklists);

public sealed record TopicGroupView(TopicView Topic, IReadOnlyList<QuestionRowView> Questions, IReadOnlyList<ChapterLinkView> Chapters);

public sealed record TopicsModel(IReadOnlyList<TopicGroupView> Topics);

public sealed record ProgressModel(int QuestionCount, int ChecklistItemCount);

/// <summary>Every checklist on one page, each starting on a new printed page.</summary>
public sealed record PrintChecklistsModel(IReadOnlyList<ChecklistModel> Checklists);

/// <summary>
/// The whole guide on one page, for printing or saving as one PDF. <paramref name="Parts"/> is a
/// placeholder: the chapters and banks are rendered as parts of their own pages (see
/// <see cref="PrintPart"/>) and written in its place.
/// </summary>
/// <param name="Contents">One link per chapter and bank, to its part further down the page.</param>
public sealed record PrintGuideModel(IReadOnlyList<LinkView> Contents, TrustedHtml Parts);

/// <summary>The search page: its filter chips. Results are found in the browser (Pagefind).</summary>
public sealed record SearchModel(IReadOnlyList<Content.SearchFilter> Filters);
