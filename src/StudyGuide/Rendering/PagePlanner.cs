using StudyGuide.CodeLanguages;
using StudyGuide.Content;
using StudyGuide.ContentTypes;
using StudyGuide.Linking;
using StudyGuide.Markdown;
using StudyGuide.Rendering.Views;
using StudyGuide.Routing;
using StudyGuide.Sharing;

namespace StudyGuide.Rendering;

/// <summary>
/// Decides which pages the site has and how each one's model is built from the parsed content.
/// Every page depends only on the immutable content, so the jobs can run in any order.
/// </summary>
internal sealed class PagePlanner
{
    private readonly LinkedContent _parsed;
    private readonly MarkdownHtmlRenderer _markdown;
    private readonly IReadOnlyDictionary<string, string> _shareIds;

    // Lists many pages need, computed once: building them per page would make the build
    // quadratic in the number of pages. Read-only after construction, so safe to share.
    private readonly IReadOnlyList<ChapterLinkView> _chapterLinks;
    private readonly IReadOnlyList<QuestionRowView> _rows;
    private readonly IReadOnlyDictionary<string, QuestionRowView> _rowsById;

    public PagePlanner(LinkedContent parsed, MarkdownHtmlRenderer markdown, IReadOnlyDictionary<string, string> shareIds)
    {
        _parsed = parsed;
        _markdown = markdown;
        _shareIds = shareIds;
        _chapterLinks = parsed.Content.Chapters.Select((c, i) => new ChapterLinkView(c.Title, Routes.Chapter.For(c.Id), c.Summary, i + 1)).ToList();
        _rows = parsed.Content.Banks.SelectMany(b => b.Questions.Select(q => QuestionRows.Of(q, b))).ToList();
        _rowsById = _rows.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    private ContentSet Content => _parsed.Content;

    private SiteConfig Site => Content.Site;

    /// <summary>
    /// Task scope of the home page's Markdown. Not a valid slug, so it cannot collide with the id
    /// of a chapter, question or checklist, which scope their own content.
    /// </summary>
    public const string HomeTaskScope = "/";

    /// <summary>
    /// Every page but the whole-guide print page, which is written from the others' print parts
    /// (<see cref="PrintGuide"/>) once they are rendered.
    /// </summary>
    public IReadOnlyList<PageJob> Plan()
    {
        var printOrder = 0;
        PrintPart Part(string partial) => new(printOrder++, partial);
        var jobs = new List<PageJob>
        {
            Job(Routes.Home, Content.Home.Title, Site.Description, Content.Home.SourcePath, HomeModel),
            Job(Routes.Chapters, "Chapters", "Every chapter of the guide, in reading order.", null,
                () => new ChaptersModel(ChapterLinks())),
            Job(Routes.Problems, "All problems and questions", "Every question of every bank, filterable by difficulty, topic and category.", null, ProblemsModel),
            Job(Routes.Checklists, "Checklists", "Printable checklists for preparation, interview day and offers.", null,
                () => new ChecklistsModel(ChecklistLinks())),
            Job(Routes.Topics, "Topics", "Questions and chapters grouped by topic.", null, TopicsModel),
            Job(Routes.Progress, "Your progress", "Save your ticked checklist items and solved problems to a file, or restore them.", null,
                () => new ProgressModel(Content.Questions.Count(), Content.Checklists.Sum(c => c.Sections.Sum(s => s.Items.Count)))),
            Job(Routes.Review, "Review", "Bring back what you read: the questions you add come back on a spaced-repetition schedule.", null, ReviewModel),
            Job(Routes.Mock, "Mock rounds", "Rehearse under the clock: problems you did not choose, no hints or solutions until the end.", null, MockModel),
            Job(Routes.PrintChecklists, "Print all checklists", "Every checklist, each on its own printed page.", null,
                () => new PrintChecklistsModel(Content.Checklists.Select(ChecklistModel).ToList())),
            Job(Routes.Search, "Search", "Search every chapter, question and checklist, filtered by type, difficulty, topic and category.", null,
                () => new SearchModel(SearchFilters.Of(Content))),
        };

        for (var i = 0; i < Content.Chapters.Count; i++)
        {
            jobs.Add(ChapterJob(i) with { PrintPart = Part("print-chapter") });
        }
        foreach (var bank in Content.Banks)
        {
            jobs.Add(Job(Routes.Bank, bank.Id, bank.Title, Plain(bank.Description), bank.SourcePath, () => BankModel(bank)) with { PrintPart = Part("print-bank") });
            for (var i = 0; i < bank.Questions.Count; i++)
            {
                var index = i;
                var question = bank.Questions[i];
                var job = Job(Routes.Question, question.Id, question.Title, Plain(question.Prompt), question.SourcePath, () => QuestionModel(bank, index));
                jobs.Add(job with { PrintPart = Part("print-question") });
            }
        }
        for (var i = 0; i < Content.Checklists.Count; i++)
        {
            var index = i;
            var checklist = Content.Checklists[i];
            jobs.Add(Job(Routes.Checklist, checklist.Id, checklist.Title, Plain(checklist.Intro), checklist.SourcePath,
                () => ChecklistModel(checklist) with { Previous = ChecklistLink(index - 1), Next = ChecklistLink(index + 1) }));
        }
        return jobs;
    }

    /// <summary>The sidebar every page shows: chapters, banks with their questions, checklists.</summary>
    public static SidebarView Sidebar(ContentSet content) => new(
        content.Chapters.Select(c => new LinkView(c.Title, Routes.Chapter.For(c.Id))).ToList(),
        content.Banks.Select(b => new SidebarBank(b.Title, Routes.Bank.For(b.Id),
            b.Questions.Select(q => new LinkView(q.Title, Routes.Question.For(q.Id))).ToList())).ToList(),
        content.Checklists.Select(c => new LinkView(c.Title, Routes.Checklist.For(c.Id))).ToList());

    /// <summary>The page of the chapter at <paramref name="index"/> in reading order.</summary>
    public PageJob ChapterJob(int index)
    {
        var chapter = Content.Chapters[index];
        return Job(Routes.Chapter, chapter.Id, chapter.Title, chapter.Summary, chapter.SourcePath, () => ChapterModel(index));
    }

    /// <summary>The whole guide on one page: a cover and contents, then the print parts of <see cref="Plan"/>'s pages in order.</summary>
    public PageJob PrintGuide() => Job(Routes.PrintGuide, "Print the whole guide",
        "Every chapter and every question bank on one page, to print or save as one PDF.", null, PrintGuideModel);

    /// <summary>The 404 page: not a URL of the site, written as <c>404.html</c> at the root.</summary>
    public PageJob NotFound() => Job(Routes.NotFound, "Page not found", Site.Description, null, () => new ChaptersModel(ChapterLinks()));

    /// <summary>The page of a route that is one page.</summary>
    private PageJob Job(Route route, string title, string description, string? sourcePath, Func<object> model) =>
        Job(route.Url, route.Layout, title, description, sourcePath, model);

    /// <summary>The page of content <paramref name="id"/> in a family of pages.</summary>
    private PageJob Job(Route route, string id, string title, string description, string? sourcePath, Func<object> model) =>
        Job(route.For(id), route.Layout, title, description, sourcePath, model);

    private PageJob Job(string url, string layout, string title, string description, string? sourcePath, Func<object> model) =>
        new(url, layout, new PageView(title, Description(description), url, Site.BaseUrl + url, layout, sourcePath is null ? null : Routes.EditUrl(Site.Repository, Site.Branch, sourcePath)), model);

    /// <param name="owner">Id of the content the field belongs to: scopes the keys of its task list checkboxes.</param>
    private TrustedHtml Html(MarkdownSource source, string owner) => new(_markdown.Render(_parsed[source], _parsed.UrlsOf(source), owner));

    private TrustedHtml InlineHtml(MarkdownSource source) => new(_markdown.RenderInline(_parsed[source], _parsed.UrlsOf(source)));

    /// <summary>A page's description on one line and shortened; the site's where the page's field has no text.</summary>
    private string Description(string text) => MetaDescription.Shorten(text) is { Length: > 0 } line ? line : MetaDescription.Shorten(Site.Description);

    /// <summary>A meta description: the first paragraph's text as it reads (a question's from its prompt, never its answer).</summary>
    private string Plain(MarkdownSource source) => MetaDescription.Of(_parsed[source].Document);

    private IReadOnlyList<ChapterLinkView> ChapterLinks() => _chapterLinks;

    private LinkView? ChecklistLink(int index) =>
        index >= 0 && index < Content.Checklists.Count ? new LinkView(Content.Checklists[index].Title, Routes.Checklist.For(Content.Checklists[index].Id)) : null;

    private List<ChecklistLinkView> ChecklistLinks() =>
        Content.Checklists.Select(c => new ChecklistLinkView(c.Title, Routes.Checklist.For(c.Id), c.Sections.Sum(s => s.Items.Count))).ToList();

    private IReadOnlyList<QuestionRowView> AllRows() => _rows;

    private object HomeModel() => new HomeModel(
        Html(Content.Home.Body, HomeTaskScope),
        ChapterLinks(),
        Content.Banks.Select(b => new BankLinkView(b.Title, Routes.Bank.For(b.Id), b.Kind.Label, b.Questions.Count)).ToList(),
        ChecklistLinks(),
        Content.Questions.Count());

    private object ChapterModel(int index)
    {
        var chapter = Content.Chapters[index];
        var links = _chapterLinks;
        var body = _parsed[chapter.Body];
        // "On this page" only where it helps: three or more sections.
        var toc = body.Headings.Count(h => h.Level == 2) >= MinTocSections
            ? body.Headings.Where(h => h.Level is 2 or 3).Select(h => new TocEntryView(h.Level, h.Id, h.Text)).ToList()
            : [];
        return new ChapterModel(
            chapter.Id,
            index + 1,
            Html(chapter.Body, chapter.Id),
            toc,
            index > 0 ? links[index - 1] : null,
            index < links.Count - 1 ? links[index + 1] : null,
            chapter.Tags.Select(QuestionRows.Topic).ToList());
    }

    /// <summary>A page gets an "on this page" contents from this many sections on.</summary>
    public const int MinTocSections = 3;

    private object ProblemsModel()
    {
        var rows = AllRows();
        var topics = rows.SelectMany(r => r.Topics).DistinctBy(t => t.Slug).OrderBy(t => t.Slug, StringComparer.Ordinal).ToList();
        var categories = CodingCategory.All.Where(c => rows.Any(r => r.Category?.Slug == c.Slug)).Select(QuestionRows.Category).ToList();
        var banks = Content.Banks.Select(b => new LinkView(b.Title, Routes.Bank.For(b.Id))).ToList();
        var byBank = new SolvedGroupView("By bank", Content.Banks.Select(b => new SolvedCountView(b.Title, $"bank:{b.Id}", b.Questions.Count)).ToList());
        return new ProblemsModel(rows, topics, categories, banks, [byBank, SolvedByDifficulty(Content.Questions)]);
    }

    private static SolvedGroupView SolvedByDifficulty(IEnumerable<Question> questions) => new("By difficulty", DifficultyCounts(questions)
        .Select(c => new SolvedCountView(c.Label, $"difficulty:{c.Label.ToLowerInvariant()}", c.Count)).ToList());

    private static List<CountView> DifficultyCounts(IEnumerable<Question> questions) => Enum.GetValues<Difficulty>()
        .Select(d => new CountView(d.ToString(), questions.Count(q => q.Difficulty == d)))
        .Where(c => c.Count > 0).ToList();

    private object ReviewModel() => new ReviewModel(Content.Banks
        .Select(b => new ReviewBankView(b.Title, b.Questions.Count, string.Join(' ', b.Questions.Select(q => q.Id)))).ToList());

    /// <summary>The checklist a coding mock round ends with, as a self-review, when the guide has it.</summary>
    public const string MockSelfReviewChecklist = "during-coding-interview";

    /// <summary>
    /// /mock/: the questions a round can draw (coding and concept banks; the theme filters them),
    /// the topics they have, and the self-review checklist.
    /// </summary>
    private object MockModel()
    {
        var rows = AllRows().Where(r => r.Kind == QuestionKinds.Coding.Name || r.Kind == QuestionKinds.Concept.Name).ToList();
        var topics = rows.SelectMany(r => r.Topics).DistinctBy(t => t.Slug).OrderBy(t => t.Slug, StringComparer.Ordinal).ToList();
        var checklist = Content.Checklists.FirstOrDefault(c => c.Id == MockSelfReviewChecklist);
        return new MockModel(rows, topics, checklist is null ? null : ChecklistModel(checklist));
    }

    private object TopicsModel()
    {
        var rowsByTopic = AllRows().SelectMany(r => r.Topics.Select(t => (t.Slug, Row: r))).ToLookup(x => x.Slug, x => x.Row);
        var chaptersByTopic = Content.Chapters.SelectMany((c, i) => c.Tags.Select(t => (Slug: t, Link: _chapterLinks[i]))).ToLookup(x => x.Slug, x => x.Link);
        return new TopicsModel(Content.Topics.Select(slug => new TopicGroupView(
            QuestionRows.Topic(slug), rowsByTopic[slug].ToList(), chaptersByTopic[slug].ToList())).ToList());
    }

    private object BankModel(QuestionBank bank)
    {
        var rows = bank.Questions.Select(q => _rowsById[q.Id]).ToList();
        return new BankModel(bank.Id, Html(bank.Description, bank.Id), bank.Kind.Label, rows, DifficultyCounts(bank.Questions), [SolvedByDifficulty(bank.Questions)]);
    }

    private QuestionModel QuestionModel(QuestionBank bank, int index)
    {
        var question = bank.Questions[index];
        var related = question.Related.Select(id => _rowsById[id]).ToList();
        var previous = index > 0 ? bank.Questions[index - 1] : null;
        var next = index < bank.Questions.Count - 1 ? bank.Questions[index + 1] : null;
        var code = question.Code is { } sample ? Code(sample) : null;
        var practice = Practice(question);

        // The kind's own fields, each through the generic section of its placement.
        var (meta, before, facts, after) = (new List<MetaView>(), new List<SectionView>(), new List<FactsView>(), new List<SectionView>());
        foreach (var value in question.Fields)
        {
            switch (value.Field.Placement)
            {
                case Placement.Header when value is CategoryValue { Category: var category }:
                    meta.Add(new MetaView(value.Field.Id, value.Field.Label, category.Name, new MetaLinkView(Routes.ProblemsIn(category.Slug), category.Slug)));
                    break;
                case Placement.Header when value.ShownText is { } text:
                    meta.Add(new MetaView(value.Field.Id, value.Field.Label, text));
                    break;
                case Placement.InAnswer when value is GroupValue group:
                    facts.Add(new FactsView(group.Field.Id, group.Parts.OfType<TextValue>().Select(p => new FactView(p.Field.Label, p.Text)).ToList()));
                    break;
                case Placement.BeforeAnswer:
                    before.AddRange(Sections(value, "prose", question.Id));
                    break;
                case Placement.AfterAnswer:
                    after.AddRange(Sections(value, "prose design-section", question.Id));
                    break;
            }
        }

        return new QuestionModel(
            _rowsById[question.Id], question.Kind.PromptTitle, Html(question.Prompt, question.Id), question.Kind.AnswerTitle, Html(question.Answer, question.Id),
            meta, before, facts, after, question.FollowUps.Select(f => Html(f, question.Id)).ToList(), related, code, practice,
            previous is null ? null : new LinkView(previous.Title, Routes.Question.For(previous.Id)),
            next is null ? null : new LinkView(next.Title, Routes.Question.For(next.Id)),
            QuestionToc(question, before, practice is not null, after, code is not null, related.Count > 0));
    }

    /// <summary>The sections a field's value shows as: one for Markdown or a list of it, one per part of a group.</summary>
    private IEnumerable<SectionView> Sections(FieldValue value, string proseClass, string owner) => value switch
    {
        MarkdownValue markdown => [SectionView.Prose(markdown.Field.Id, markdown.Field.Label, proseClass, Html(markdown.Source, owner))],
        MarkdownListValue { Items.Count: > 0 } list => [SectionView.Disclosures(list.Field.Id, list.Field.Label,
            ((MarkdownListField)list.Field).ItemLabel, list.Items.Select(item => Html(item, owner)).ToList(), list.Field.Spoiler)],
        GroupValue group => group.Parts.SelectMany(part => Sections(part, proseClass, owner)),
        _ => [],
    };

    /// <summary>
    /// The question page's sections in page order, as the layouts title them (question-content and
    /// question partials: the ids are theirs), when there are at least <see cref="MinTocSections"/>.
    /// </summary>
    private static List<TocEntryView> QuestionToc(Question question, IReadOnlyList<SectionView> before, bool practice, IReadOnlyList<SectionView> after, bool code, bool related)
    {
        var toc = new List<TocEntryView> { new(2, "prompt", question.Kind.PromptTitle) };
        toc.AddRange(before.Select(s => new TocEntryView(2, s.Id, s.Title)));
        if (practice)
        {
            toc.Add(new(2, "practice-title", "Practice"));
        }
        toc.Add(new(2, "solution", question.Kind.AnswerTitle));
        toc.AddRange(after.Select(s => new TocEntryView(2, s.Id, s.Title)));
        if (code)
        {
            toc.Add(new(2, "code", $"{question.Code!.Language.Label} code"));
        }
        if (question.FollowUps.Count > 0)
        {
            toc.Add(new(2, "follow-ups", "Follow-up questions"));
        }
        if (related)
        {
            toc.Add(new(2, "related", "Related"));
        }
        return toc.Count >= MinTocSections ? toc : [];
    }

    private CodeView Code(CodeSample sample)
    {
        var language = sample.Language;
        var highlighted = _markdown.Highlighter.Highlight(sample.Code, language.Name);
        var shareUrl = _shareIds.TryGetValue(CodeHash.Of(sample.Code), out var id) ? language.ShareUrl(id) : null;
        return new CodeView(Path.GetFileName(sample.SourcePath), sample.SourcePath, new TrustedHtml(highlighted), sample.Code, sample.ExpectedOutput, shareUrl,
            new CodeLanguageView(language.Name, language.Label, language.RunnerName, language.OnlineEditor));
    }

    /// <summary>A coding question's Practice section: its starter and tests, under the names they run as; null without both.</summary>
    private PracticeView? Practice(Question question)
    {
        if (question.PracticeFile(PracticeRole.Starter) is not { } starter || question.PracticeFile(PracticeRole.Tests) is not { } tests)
        {
            return null;
        }
        return new PracticeView(question.Id, starter.Language.Name, PracticeFile(starter), PracticeFile(tests));

        PracticeFileView PracticeFile(PracticeFileValue file) => new(file.Field.Key, file.Language.PracticeFileName(file.Role, question.Id),
            new TrustedHtml(_markdown.Highlighter.Highlight(file.Code, file.Language.Name)));
    }

    private ChecklistModel ChecklistModel(Checklist checklist) => new(
        checklist.Id,
        checklist.Title,
        Site.BaseUrl + Routes.Checklist.For(checklist.Id),
        Html(checklist.Intro, checklist.Id),
        checklist.Sections.Select(s => new ChecklistSectionView(s.Title, s.Items.Select(item => new ChecklistItemView(
            item.Id, $"{checklist.Id}:{item.Id}", InlineHtml(item.Text), item.Note is null ? null : InlineHtml(item.Note))).ToList())).ToList(),
        checklist.Sections.Sum(s => s.Items.Count));

    private object PrintGuideModel() => new PrintGuideModel(
        Content.Chapters.Select(c => new LinkView(c.Title, $"#chapter-{c.Id}"))
            .Concat(Content.Banks.Select(b => new LinkView(b.Title, $"#bank-{b.Id}"))).ToList(),
        new TrustedHtml(PrintPart.Placeholder));
}
