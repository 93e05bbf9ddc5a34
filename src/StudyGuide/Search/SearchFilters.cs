using StudyGuide.Content;
using StudyGuide.Rendering;

namespace StudyGuide.Search;

/// <summary>One value of a search filter: what pages carry in <c>data-pagefind-filter</c>, and what readers see.</summary>
public sealed record FilterValue(string Value, string Label);

/// <summary>A search filter (kind, difficulty, topic or a coding problem's category) with every value the site uses, in display order.</summary>
public sealed record SearchFilter(string Name, string Label, IReadOnlyList<FilterValue> Values);

/// <summary>
/// The filters pages are tagged with for Pagefind, listed from the content. The search page shows
/// them as chips, and <c>/search/filters.json</c> gives the dropdown their labels, so both name a
/// value the way the rest of the site does ("hash-map" → "Hash map").
/// </summary>
public static class SearchFilters
{
    public const string Kind = "kind";
    public const string Difficulty = "difficulty";
    public const string Topic = "topic";
    public const string Category = "category";

    public static IReadOnlyList<SearchFilter> Of(ContentSet content)
    {
        var kinds = new List<FilterValue>();
        if (content.Chapters.Count > 0)
        {
            kinds.Add(new FilterValue("chapter", "Chapter"));
        }
        kinds.AddRange(Enum.GetValues<BankKind>()
            .Where(kind => content.Banks.Any(b => b.Kind == kind && b.Questions.Count > 0))
            .Select(kind => new FilterValue(QuestionRows.KindSlug(kind), QuestionRows.KindLabel(kind))));
        if (content.Checklists.Count > 0)
        {
            kinds.Add(new FilterValue("checklist", "Checklist"));
        }

        var difficulties = Enum.GetValues<Content.Difficulty>()
            .Where(d => content.Questions.Any(q => q.Difficulty == d))
            .Select(d => new FilterValue(d.ToString().ToLowerInvariant(), d.ToString()));

        var topics = content.Topics.Select(slug => new FilterValue(slug, TopicNames.Of(slug)));

        var used = content.Questions.Select(q => q.Details).OfType<CodingDetails>().Select(c => c.Category).ToHashSet();
        var categories = CodingCategory.All.Where(used.Contains).Select(c => new FilterValue(c.Slug, c.Name));

        return
        [
            new SearchFilter(Kind, "Type", kinds),
            new SearchFilter(Difficulty, "Difficulty", difficulties.ToList()),
            new SearchFilter(Topic, "Topic", topics.ToList()),
            new SearchFilter(Category, "Category", categories.ToList()),
        ];
    }
}
