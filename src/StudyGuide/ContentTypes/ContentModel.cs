namespace StudyGuide.ContentTypes;

/// <summary>
/// The content types a build knows: every file type and question kind, with their fields. Immutable;
/// <see cref="Default"/> is the guide's, and <see cref="WithQuestionField"/> makes a model with one more
/// field (a test does so to show that a field needs nothing but its declaration).
/// </summary>
public sealed record ContentModel(IReadOnlyList<QuestionKind> QuestionKinds)
{
    public static ContentModel Default { get; } = new(ContentTypes.QuestionKinds.All);

    /// <summary>The kind named <paramref name="name"/> in bank files, or null.</summary>
    public QuestionKind? Kind(string name) => QuestionKinds.FirstOrDefault(k => k.Name == name);

    /// <summary>This model with <paramref name="field"/> added to the questions of kind <paramref name="kind"/>.</summary>
    public ContentModel WithQuestionField(string kind, Field field) => this with
    {
        QuestionKinds = QuestionKinds.Select(k => k.Name == kind ? k.With(field) : k).ToList(),
    };

    /// <summary>Every content file type, each with a JSON Schema and a table in the docs.</summary>
    public IReadOnlyList<FileType> FileTypes => [SiteType.File, ChapterType.File, BankType.File(this), ChecklistType.File];

    /// <summary>The values of the search's type filter, in the order it shows them.</summary>
    public IReadOnlyList<Facet> Facets => [ChapterType.Facet, .. QuestionKinds.Select(k => new Facet(k.Name, k.Label)), ChecklistType.Facet];
}
