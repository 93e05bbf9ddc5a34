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
    string KindLabel,
    CategoryView? Category);

/// <summary>A coding problem's category (see <see cref="Content.CodingCategory"/>), linking to the problems list filtered by it.</summary>
public sealed record CategoryView(string Slug, string Name, string Url);

public sealed record BankModel(
    string Id,
    TrustedHtml Description,
    string KindLabel,
    IReadOnlyList<QuestionRowView> Questions,
    IReadOnlyList<CountView> Difficulties,
    IReadOnlyList<SolvedGroupView> Solved);

public sealed record CountView(string Label, int Count);

/// <summary>A titled block of rendered Markdown, such as one part of a system design.</summary>
public sealed record SectionView(string Id, string Title, TrustedHtml Html);

/// <param name="Source">The Go program as text, for Copy, Run and the editable copy.</param>
/// <param name="ShareUrl">Go Playground link recorded for exactly this code, or null.</param>
public sealed record CodeView(string FileName, string Path, TrustedHtml Highlighted, string Source, string? ExpectedOutput, string? ShareUrl);

/// <summary>
/// The Practice section of a coding question: the starter and the tests, highlighted, under the names
/// they have in the module that runs them (<see cref="Content.PracticeFiles"/>).
/// </summary>
public sealed record PracticeView(string ProblemId, PracticeFileView Starter, PracticeFileView Tests);

/// <param name="Role"><c>starter</c> or <c>tests</c>: the page's <c>data-practice-file</c>.</param>
public sealed record PracticeFileView(string Role, string FileName, TrustedHtml Highlighted);

public sealed record QuestionModel(
    QuestionRowView Row,
    TrustedHtml Prompt,
    TrustedHtml Answer,
    IReadOnlyList<TrustedHtml> Hints,
    IReadOnlyList<TrustedHtml> FollowUps,
    IReadOnlyList<QuestionRowView> Related,
    string? Pattern,
    string? TimeComplexity,
    string? SpaceComplexity,
    CodeView? Code,
    PracticeView? Practice,
    TrustedHtml? LookingFor,
    IReadOnlyList<SectionView> Sections,
    LinkView? Previous,
    LinkView? Next,
    IReadOnlyList<TocEntryView> Toc);

public sealed record ProblemsModel(
    IReadOnlyList<QuestionRowView> Questions,
    IReadOnlyList<TopicView> Topics,
    IReadOnlyList<CategoryView> Categories,
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

/// <summary>/review/: one "add all" button per bank. The cards themselves live in the reader's browser.</summary>
public sealed record ReviewModel(IReadOnlyList<ReviewBankView> Banks);

/// <param name="Ids">The bank's question ids, space-separated, in bank order.</param>
public sealed record ReviewBankView(string Title, int Count, string Ids);

/// <summary>/mock/: the questions rounds draw from, their topics (a filter), and the self-review checklist, if any.</summary>
public sealed record MockModel(IReadOnlyList<QuestionRowView> Questions, IReadOnlyList<TopicView> Topics, ChecklistModel? SelfReview);

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
public sealed record SearchModel(IReadOnlyList<Search.SearchFilter> Filters);
