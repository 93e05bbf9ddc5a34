namespace StudyGuide.Content;

/// <summary>Display names for topic slugs: "hash-map" → "Hash map", "bfs" → "BFS".</summary>
internal static class TopicNames
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["bfs"] = "BFS",
        ["dfs"] = "DFS",
        ["gc"] = "GC",
        ["lru"] = "LRU",
        ["api"] = "API",
        ["sql"] = "SQL",
    };

    /// <summary>A topic named like a code language is spelled like it ("go" → "Go").</summary>
    private static readonly Dictionary<string, string> LanguageWords = CodeLanguages.Languages.All.ToDictionary(l => l.Name, l => l.Label, StringComparer.Ordinal);

    public static string Of(string slug)
    {
        var words = slug.Split('-').Select(w => Words.GetValueOrDefault(w) ?? LanguageWords.GetValueOrDefault(w, w)).ToArray();
        if (words.Length > 0 && words[0].Length > 0)
        {
            words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        }
        return string.Join(' ', words);
    }
}
