namespace StudyGuide.ContentTypes;

/// <summary>
/// The classic category of a coding problem (a coding question's <c>category</c>): its slug in bank
/// files and the name readers see. <see cref="All"/> is the one list of them, in the order the site
/// shows them (and the coding bank lists its problems).
/// </summary>
public readonly record struct CodingCategory(string Slug, string Name)
{
    public static readonly IReadOnlyList<CodingCategory> All =
    [
        new("arrays-hashing", "Arrays and hashing"),
        new("two-pointers", "Two pointers"),
        new("sliding-window", "Sliding window"),
        new("stack", "Stack and monotonic stack"),
        new("binary-search", "Binary search"),
        new("linked-lists", "Linked lists"),
        new("trees", "Trees"),
        new("tries", "Tries"),
        new("heaps", "Heaps and top-k"),
        new("backtracking", "Backtracking"),
        new("graphs", "Graphs"),
        new("advanced-graphs", "Advanced graphs"),
        new("dp-1d", "1-D dynamic programming"),
        new("dp-2d", "2-D dynamic programming"),
        new("greedy", "Greedy"),
        new("intervals", "Intervals"),
        new("prefix-sums", "Prefix sums"),
        new("math", "Math and geometry"),
        new("bit-manipulation", "Bit manipulation"),
        new("concurrency", "Concurrency"),
    ];

    /// <summary>Each category by its slug, for the loader.</summary>
    public static readonly IReadOnlyDictionary<string, CodingCategory> BySlug = All.ToDictionary(c => c.Slug, StringComparer.Ordinal);

    private static readonly IReadOnlyDictionary<string, int> Ranks = All.Select((c, i) => (c.Slug, i)).ToDictionary(x => x.Slug, x => x.i, StringComparer.Ordinal);

    /// <summary>The category's place in <see cref="All"/>, for sorting.</summary>
    public int Rank => Ranks[Slug];
}
