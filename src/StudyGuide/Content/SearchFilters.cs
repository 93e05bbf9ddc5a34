using StudyGuide.ContentTypes;

namespace StudyGuide.Content;

/// <summary>One value of a search filter: what pages carry in <c>data-pagefind-filter</c>, and what readers see.</summary>
internal sealed record FilterValue(string Value, string Label);

/// <summary>A search filter (kind, difficulty, topic or a coding problem's category) with every value the site uses, in display order.</summary>
internal sealed record SearchFilter(string Name, string Label, IReadOnlyList<FilterValue> Values);

/// <summary>
/// The filters pages are tagged with for Pagefind, listed from the content. The search page shows
/// them as chips, and <c>/search/filters.json</c> gives the dropdown their labels, so both name a
/// value the way the rest of the site does ("hash-map" → "Hash map").
/// </summary>
internal static class SearchFilters
{
    public const string Kind = "kind";
    public const string Difficulty = "difficulty";
    public const string Topic = "topic";
    /// <summary>A coding problem's category: the filter is named by its field (<see cref="QuestionKinds.Category"/>).</summary>
    public static readonly string Category = QuestionKinds.Category.Key;

    public static IReadOnlyList<SearchFilter> Of(ContentSet content)
    {
        // The content types' facets, in the model's order, for the kinds of page the site has.
        var used = content.Banks.Where(b => b.Questions.Count > 0).Select(b => b.Kind.Name).ToHashSet(StringComparer.Ordinal);
        if (content.Chapters.Count > 0)
        {
            used.Add(ChapterType.Facet.Value);
        }
        if (content.Checklists.Count > 0)
        {
            used.Add(ChecklistType.Facet.Value);
        }
        var kinds = content.Model.Facets.Where(f => used.Contains(f.Value)).Select(f => new FilterValue(f.Value, f.Label)).ToList();

        var difficulties = Enum.GetValues<Content.Difficulty>()
            .Where(d => content.Questions.Any(q => q.Difficulty == d))
            .Select(d => new FilterValue(d.ToString().ToLowerInvariant(), d.ToString()));

        var topics = content.Topics.Select(slug => new FilterValue(slug, TopicNames.Of(slug)));

        var usedCategories = content.Questions.Select(q => q.Category).OfType<CodingCategory>().ToHashSet();
        var categories = CodingCategory.All.Where(usedCategories.Contains).Select(c => new FilterValue(c.Slug, c.Name));

        return
        [
            new SearchFilter(Kind, "Type", kinds),
            new SearchFilter(Difficulty, "Difficulty", difficulties.ToList()),
            new SearchFilter(Topic, "Topic", topics.ToList()),
            new SearchFilter(Category, "Category", categories.ToList()),
        ];
    }
}
