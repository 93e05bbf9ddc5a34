namespace StudyGuide.Rendering;

/// <summary>Display names for topic slugs: "hash-map" → "Hash map", "bfs" → "BFS".</summary>
public static class TopicNames
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["bfs"] = "BFS",
        ["dfs"] = "DFS",
        ["gc"] = "GC",
        ["lru"] = "LRU",
        ["api"] = "API",
        ["sql"] = "SQL",
        ["go"] = "Go",
    };

    public static string Of(string slug)
    {
        var words = slug.Split('-').Select(w => Words.GetValueOrDefault(w, w)).ToArray();
        if (words.Length > 0 && words[0].Length > 0)
        {
            words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        }
        return string.Join(' ', words);
    }
}
