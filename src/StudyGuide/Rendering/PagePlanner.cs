using Markdig.Syntax;
using StudyGuide.Content;
using StudyGuide.Linking;
using StudyGuide.Markdown;
using StudyGuide.Rendering.Views;
using StudyGuide.Search;

namespace StudyGuide.Rendering;

/// <summary>
/// Decides which pages the site has and how each one's model is built from the parsed content.
/// Every page depends only on the immutable content, so the jobs can run in any order.
/// </summary>
public sealed class PagePlanner(ParsedContent parsed, MarkdownHtmlRenderer markdown, IReadOnlyDictionary<string, string> shareIds)
{
    private ContentSet Content => parsed.Content;

    private SiteConfig Site => Content.Site;

    /// <summary>URLs of pages that are generated rather than written by contributors; links may point at them.</summary>
    public static readonly string[] GeneratedUrls = [SiteUrls.Home, SiteUrls.Chapters, SiteUrls.Problems, SiteUrls.Checklists, SiteUrls.Topics, SiteUrls.Search];

    public IReadOnlyList<PageJob> Plan()
    {
        var jobs = new List<PageJob>
        {
            Job(SiteUrls.Home, "home", Content.Home.Title, Site.Description, Content.Home.SourcePath, HomeModel),
            Job(SiteUrls.Chapters, "chapters", "Chapters", "Every chapter of the guide, in reading order.", null,
                () => new ChaptersModel(ChapterLinks())),
            Job(SiteUrls.Problems, "problems", "All problems and questions", "Every question of every bank, filterable by difficulty and topic.", null, ProblemsModel),
            Job(SiteUrls.Checklists, "checklists", "Checklists", "Printable checklists for preparation, interview day and offers.", null,
                () => new ChecklistsModel(ChecklistLinks())),
            Job(SiteUrls.Topics, "topics", "Topics", "Questions and chapters grouped by topic.", null, TopicsModel),
            Job(SiteUrls.Search, "search", "Search", "Search every chapter, question and checklist, filtered by type, difficulty and topic.", null,
                () => new SearchModel(SearchFilters.Of(Content))),
        };

        for (var i = 0; i < Content.Chapters.Count; i++)
        {
            var index = i;
            var chapter = Content.Chapters[i];
            jobs.Add(Job(SiteUrls.Chapter(chapter.Id), "chapter", chapter.Title, chapter.Summary, chapter.SourcePath, () => ChapterModel(index)));
        }
        foreach (var bank in Content.Banks)
        {
            jobs.Add(Job(SiteUrls.Bank(bank.Id), "bank", bank.Title, Plain(bank.Description), bank.SourcePath, () => BankModel(bank)));
            for (var i = 0; i < bank.Questions.Count; i++)
            {
                var index = i;
                var question = bank.Questions[i];
                jobs.Add(Job(SiteUrls.Question(question.Id), "question", question.Title, Plain(question.Prompt), question.SourcePath,
                    () => QuestionModel(bank, index)));
            }
        }
        foreach (var checklist in Content.Checklists)
        {
            jobs.Add(Job(SiteUrls.Checklist(checklist.Id), "checklist", checklist.Title, Plain(checklist.Intro), checklist.SourcePath,
                () => ChecklistModel(checklist)));
        }
        return jobs;
    }

    /// <summary>The 404 page: not a URL of the site, written as <c>404.html</c> at the root.</summary>
    public PageJob NotFound() => new("/404.html", "notfound",
        new PageView("Page not found", Site.Description, "/404.html", Site.BaseUrl + "/404.html", "notfound", null), () => new ChaptersModel(ChapterLinks()));

    private PageJob Job(string url, string layout, string title, string description, string? sourcePath, Func<object> model) =>
        new(url, layout, new PageView(title, description, url, Site.BaseUrl + url, layout, sourcePath is null ? null : SiteUrls.EditUrl(Site, sourcePath)), model);

    private TrustedHtml Html(MarkdownSource source) => new(markdown.Render(parsed[source]));

    private TrustedHtml InlineHtml(MarkdownSource source) => new(markdown.RenderInline(parsed[source]));

    /// <summary>A meta description: the first paragraph's text, shortened.</summary>
    private string Plain(MarkdownSource source)
    {
        var paragraph = parsed[source].Document.Descendants<ParagraphBlock>().FirstOrDefault();
        var text = MarkdownParser.PlainText(paragraph?.Inline).Trim();
        return text.Length <= 160 ? text : text[..157].TrimEnd() + "…";
    }

    private List<ChapterLinkView> ChapterLinks() =>
        Content.Chapters.Select((c, i) => new ChapterLinkView(c.Title, SiteUrls.Chapter(c.Id), c.Summary, i + 1)).ToList();

    private List<ChecklistLinkView> ChecklistLinks() =>
        Content.Checklists.Select(c => new ChecklistLinkView(c.Title, SiteUrls.Checklist(c.Id), c.Sections.Sum(s => s.Items.Count))).ToList();

    private List<QuestionRowView> AllRows() =>
        Content.Banks.SelectMany(b => b.Questions.Select(q => QuestionRows.Of(q, b))).ToList();

    private object HomeModel() => new HomeModel(
        Html(Content.Home.Body),
        ChapterLinks(),
        Content.Banks.Select(b => new BankLinkView(b.Title, SiteUrls.Bank(b.Id), QuestionRows.KindLabel(b.Kind), b.Questions.Count)).ToList(),
        ChecklistLinks(),
        Content.Questions.Count());

    private object ChapterModel(int index)
    {
        var chapter = Content.Chapters[index];
        var links = ChapterLinks();
        var body = parsed[chapter.Body];
        return new ChapterModel(
            index + 1,
            Html(chapter.Body),
            body.Headings.Where(h => h.Level is 2 or 3).Select(h => new TocEntryView(h.Level, h.Id, h.Text)).ToList(),
            index > 0 ? links[index - 1] : null,
            index < links.Count - 1 ? links[index + 1] : null,
            chapter.Tags.Select(QuestionRows.Topic).ToList());
    }

    private object ProblemsModel()
    {
        var rows = AllRows();
        var topics = rows.SelectMany(r => r.Topics).DistinctBy(t => t.Slug).OrderBy(t => t.Slug, StringComparer.Ordinal).ToList();
        var banks = Content.Banks.Select(b => new LinkView(b.Title, SiteUrls.Bank(b.Id))).ToList();
        return new ProblemsModel(rows, topics, banks);
    }

    private object TopicsModel()
    {
        var rows = AllRows();
        var slugs = rows.SelectMany(r => r.Topics.Select(t => t.Slug)).Concat(Content.Chapters.SelectMany(c => c.Tags))
            .Distinct().OrderBy(s => s, StringComparer.Ordinal);
        var chapters = ChapterLinks();
        return new TopicsModel(slugs.Select(slug => new TopicGroupView(
            QuestionRows.Topic(slug),
            rows.Where(r => r.Topics.Any(t => t.Slug == slug)).ToList(),
            Content.Chapters.Select((c, i) => (c, i)).Where(x => x.c.Tags.Contains(slug)).Select(x => chapters[x.i]).ToList())).ToList());
    }

    private object BankModel(QuestionBank bank)
    {
        var rows = bank.Questions.Select(q => QuestionRows.Of(q, bank)).ToList();
        var counts = Enum.GetValues<Difficulty>()
            .Select(d => new CountView(d.ToString(), bank.Questions.Count(q => q.Difficulty == d)))
            .Where(c => c.Count > 0).ToList();
        return new BankModel(Html(bank.Description), QuestionRows.KindLabel(bank.Kind), rows, counts);
    }

    private object QuestionModel(QuestionBank bank, int index)
    {
        var question = bank.Questions[index];
        var byId = Content.Banks.SelectMany(b => b.Questions.Select(q => (q, b))).ToDictionary(x => x.q.Id);
        var related = question.Related.Select(id => QuestionRows.Of(byId[id].q, byId[id].b)).ToList();
        var previous = index > 0 ? bank.Questions[index - 1] : null;
        var next = index < bank.Questions.Count - 1 ? bank.Questions[index + 1] : null;

        string? pattern = null, time = null, space = null;
        IReadOnlyList<TrustedHtml> hints = [];
        CodeView? code = null;
        TrustedHtml? lookingFor = null;
        IReadOnlyList<SectionView> sections = [];
        switch (question.Details)
        {
            case CodingDetails coding:
                (pattern, time, space) = (coding.Pattern, coding.TimeComplexity, coding.SpaceComplexity);
                hints = coding.Hints.Select(Html).ToList();
                code = Code(coding.Code);
                break;
            case ConceptDetails { Code: { } sample }:
                code = Code(sample);
                break;
            case BehavioralDetails b:
                lookingFor = Html(b.LookingFor);
                sections = [Section("situation", "Situation", b.Situation), Section("task", "Task", b.Task), Section("action", "Action", b.Action), Section("result", "Result", b.Result)];
                break;
            case SystemDesignDetails s:
                sections =
                [
                    Section("requirements", "Requirements", s.Requirements), Section("estimates", "Estimates", s.Estimates),
                    Section("design", "High-level design", s.Design), Section("data-model", "Data model", s.DataModel),
                    Section("scaling", "Scaling", s.Scaling), Section("trade-offs", "Trade-offs", s.TradeOffs),
                ];
                break;
        }

        return new QuestionModel(
            QuestionRows.Of(question, bank), Html(question.Prompt), Html(question.Answer), hints,
            question.FollowUps.Select(Html).ToList(), related, pattern, time, space, code, lookingFor, sections,
            previous is null ? null : new LinkView(previous.Title, SiteUrls.Question(previous.Id)),
            next is null ? null : new LinkView(next.Title, SiteUrls.Question(next.Id)));
    }

    private SectionView Section(string id, string title, MarkdownSource source) => new(id, title, Html(source));

    private CodeView Code(CodeSample sample)
    {
        var highlighted = markdown.Highlighter.Highlight(sample.Code, "go");
        var shareUrl = shareIds.TryGetValue(CodeHash.Of(sample.Code), out var id) ? $"https://go.dev/play/p/{id}" : null;
        return new CodeView(Path.GetFileName(sample.SourcePath), sample.SourcePath, new TrustedHtml(highlighted), sample.Code, sample.ExpectedOutput, shareUrl);
    }

    private object ChecklistModel(Checklist checklist) => new ChecklistModel(
        checklist.Id,
        Html(checklist.Intro),
        checklist.Sections.Select(s => new ChecklistSectionView(s.Title, s.Items.Select(item => new ChecklistItemView(
            item.Id, $"{checklist.Id}:{item.Id}", InlineHtml(item.Text), item.Note is null ? null : InlineHtml(item.Note))).ToList())).ToList(),
        checklist.Sections.Sum(s => s.Items.Count));
}
