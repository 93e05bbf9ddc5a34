namespace StudyGuide.Content;

/// <summary>Everything loaded from <c>input/</c>: the immutable result of the load stage.</summary>
public sealed record ContentSet(
    SiteConfig Site,
    HomePage Home,
    IReadOnlyList<Chapter> Chapters,
    IReadOnlyList<QuestionBank> Banks,
    IReadOnlyList<Checklist> Checklists)
{
    /// <summary>
    /// True when some content file could not be read at all (a YAML syntax error): its ids are
    /// unknown, so "unknown xref" errors would be noise until it is fixed.
    /// </summary>
    public bool HasUnreadableFiles { get; init; }

    /// <summary>The content types it was loaded with.</summary>
    public ContentTypes.ContentModel Model { get; init; } = ContentTypes.ContentModel.Default;

    public IEnumerable<Question> Questions => Banks.SelectMany(b => b.Questions);

    /// <summary>Every topic slug that a question or chapter is tagged with, once each, in ordinal order.</summary>
    public IReadOnlyList<string> Topics => Questions.SelectMany(q => q.Topics).Concat(Chapters.SelectMany(c => c.Tags))
        .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>The program of every question that has one, in content order.</summary>
    public IEnumerable<CodeSample> CodeSamples => Questions.Select(q => q.Code).OfType<CodeSample>();

    /// <summary>The practice files (starter and tests) of every coding question, in content order.</summary>
    public IEnumerable<PracticeFileValue> PracticeFiles => Questions.SelectMany(q => q.Fields.OfType<PracticeFileValue>());
}
