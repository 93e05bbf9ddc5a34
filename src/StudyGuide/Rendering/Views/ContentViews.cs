namespace StudyGuide.Rendering.Views;

internal sealed record HomeModel(
    TrustedHtml Intro,
    IReadOnlyList<ChapterLinkView> Chapters,
    IReadOnlyList<BankLinkView> Banks,
    IReadOnlyList<ChecklistLinkView> Checklists,
    int QuestionCount);

internal sealed record ChapterLinkView(string Title, string Url, string Summary, int Number);

internal sealed record BankLinkView(string Title, string Url, string KindLabel, int Count);

internal sealed record ChecklistLinkView(string Title, string Url, int ItemCount);

internal sealed record TocEntryView(int Level, string Id, string Text);

internal sealed record ChapterModel(
    string Id,
    int Number,
    TrustedHtml Body,
    IReadOnlyList<TocEntryView> Toc,
    ChapterLinkView? Previous,
    ChapterLinkView? Next,
    IReadOnlyList<TopicView> Tags);

internal sealed record ChaptersModel(IReadOnlyList<ChapterLinkView> Chapters);

/// <summary>One line of a question table (bank pages, the problems index, the topics page).</summary>
internal sealed record QuestionRowView(
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

/// <summary>A coding problem's category (see <see cref="ContentTypes.CodingCategory"/>), linking to the problems list filtered by it.</summary>
internal sealed record CategoryView(string Slug, string Name, string Url);

internal sealed record BankModel(
    string Id,
    TrustedHtml Description,
    string KindLabel,
    IReadOnlyList<QuestionRowView> Questions,
    IReadOnlyList<CountView> Difficulties,
    IReadOnlyList<SolvedGroupView> Solved);

internal sealed record CountView(string Label, int Count);

/// <summary>
/// One generic section of a question kind's own field, as the templates render it for any field:
/// <c>prose</c> (rendered Markdown under a heading) or <c>disclosures</c> (items shown one by one,
/// like hints). <paramref name="Class"/> is the section element's class.
/// </summary>
/// <param name="Spoiler">Left out of the search index, like the answer (hints): search's excerpts of a question come from its prompt.</param>
internal sealed record SectionView(string Form, string Id, string Title, string Class, TrustedHtml? Html, string? ItemLabel, string? ItemClass, IReadOnlyList<TrustedHtml> Items,
    bool Spoiler = false)
{
    public static SectionView Prose(string id, string title, string cssClass, TrustedHtml html) => new("prose", id, title, cssClass, html, null, null, []);

    public static SectionView Disclosures(string id, string title, string itemLabel, IReadOnlyList<TrustedHtml> items, bool spoiler) =>
        new("disclosures", id, title, id, null, itemLabel, Content.Slug.From(itemLabel), items, spoiler);
}

/// <summary>
/// The Practice section of a coding question: the starter and the tests, highlighted, under the names
/// they have where they run with the reader's code (<see cref="CodeLanguages.CodeLanguage.PracticeFileName"/>).
/// </summary>
/// <param name="Language">The files' language, the code blocks' <c>data-lang</c>.</param>
internal sealed record PracticeView(string ProblemId, string Language, PracticeFileView Starter, PracticeFileView Tests);

/// <param name="Role"><c>starter</c> or <c>tests</c> (the field's key): the page's <c>data-practice-file</c>.</param>
internal sealed record PracticeFileView(string Role, string FileName, TrustedHtml Highlighted);

/// <summary>A short value shown in a question's header, like "Pattern: Hash map".</summary>
/// <param name="Link">For a value readers filter by (a category), where its name links to.</param>
internal sealed record MetaView(string Id, string Label, string Text, MetaLinkView? Link = null);

/// <summary>A header value's link to the pages filtered by it: <paramref name="Url"/>, and <paramref name="Value"/> for search's filter named by the field's id.</summary>
internal sealed record MetaLinkView(string Url, string Value);

/// <summary>Labelled facts shown inside the answer, like time and space complexity.</summary>
internal sealed record FactsView(string Id, IReadOnlyList<FactView> Facts);

internal sealed record FactView(string Label, string Text);

/// <param name="Source">The program as text, for Copy, Run and the editable copy.</param>
/// <param name="ShareUrl">The runner's link recorded for exactly this code, or null.</param>
internal sealed record CodeView(string FileName, string Path, TrustedHtml Highlighted, string Source, string? ExpectedOutput, string? ShareUrl, CodeLanguageView Language);

/// <summary>The program's language as the code runner shows it (<c>q.code.language.runner_name</c>, …).</summary>
internal sealed record CodeLanguageView(string Name, string Label, string RunnerName, string OnlineEditor);

/// <summary>
/// A question's page (and its part of the print page). The common fields are typed; the kind's own
/// fields come as generic sections, by where they go: <paramref name="Meta"/> in the header,
/// <paramref name="BeforeAnswer"/>, <paramref name="InAnswer"/> (facts inside the answer), <paramref name="AfterAnswer"/>.
/// <paramref name="Practice"/> is the coding question's practice files, which the engine shows itself.
/// </summary>
internal sealed record QuestionModel(
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
    PracticeView? Practice,
    LinkView? Previous,
    LinkView? Next,
    IReadOnlyList<TocEntryView> Toc);

internal sealed record ProblemsModel(
    IReadOnlyList<QuestionRowView> Questions,
    IReadOnlyList<TopicView> Topics,
    IReadOnlyList<CategoryView> Categories,
    IReadOnlyList<LinkView> Banks,
    IReadOnlyList<SolvedGroupView> Solved);

/// <summary>
/// One line of a "solved" summary. The theme counts the solved rows of the page's question
/// table that match <paramref name="Filter"/> (<c>difficulty:easy</c>, <c>bank:coding</c>).
/// </summary>
internal sealed record SolvedCountView(string Label, string Filter, int Total);

internal sealed record SolvedGroupView(string Title, IReadOnlyList<SolvedCountView> Counts);

internal sealed record ChecklistItemView(string Id, string Key, TrustedHtml Text, TrustedHtml? Note);

internal sealed record ChecklistSectionView(string Title, IReadOnlyList<ChecklistItemView> Items);

/// <param name="Url">Absolute URL, printed in the page footer and on the print-all page.</param>
/// <param name="Previous">The checklist before this one in the guide (null for the first, and on the print-all page).</param>
internal sealed record ChecklistModel(string Id, string Title, string Url, TrustedHtml Intro, IReadOnlyList<ChecklistSectionView> Sections, int ItemCount,
    LinkView? Previous = null, LinkView? Next = null);

internal sealed record ChecklistsModel(IReadOnlyList<ChecklistLinkView> Checklists);

internal sealed record TopicGroupView(TopicView Topic, IReadOnlyList<QuestionRowView> Questions, IReadOnlyList<ChapterLinkView> Chapters);

internal sealed record TopicsModel(IReadOnlyList<TopicGroupView> Topics);

internal sealed record ProgressModel(int QuestionCount, int ChecklistItemCount);

/// <summary>/review/: one "add all" button per bank. The cards themselves live in the reader's browser.</summary>
internal sealed record ReviewModel(IReadOnlyList<ReviewBankView> Banks);

/// <param name="Ids">The bank's question ids, space-separated, in bank order.</param>
internal sealed record ReviewBankView(string Title, int Count, string Ids);

/// <summary>/mock/: the questions rounds draw from, their topics (a filter), and the self-review checklist, if any.</summary>
internal sealed record MockModel(IReadOnlyList<QuestionRowView> Questions, IReadOnlyList<TopicView> Topics, ChecklistModel? SelfReview);

/// <summary>Every checklist on one page, each starting on a new printed page.</summary>
internal sealed record PrintChecklistsModel(IReadOnlyList<ChecklistModel> Checklists);

/// <summary>
/// The whole guide on one page, for printing or saving as one PDF. <paramref name="Parts"/> is a
/// placeholder: the chapters and banks are rendered as parts of their own pages (see
/// <see cref="PrintPart"/>) and written in its place.
/// </summary>
/// <param name="Contents">One link per chapter and bank, to its part further down the page.</param>
internal sealed record PrintGuideModel(IReadOnlyList<LinkView> Contents, TrustedHtml Parts);

/// <summary>The search page: its filter chips. Results are found in the browser (Pagefind).</summary>
internal sealed record SearchModel(IReadOnlyList<Content.SearchFilter> Filters);
