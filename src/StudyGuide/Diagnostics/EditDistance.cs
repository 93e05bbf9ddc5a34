namespace StudyGuide.Diagnostics;

/// <summary>
/// Edit distance with adjacent transpositions (optimal string alignment), for "did you mean …?"
/// suggestions: "titel" is one slip away from "title", not two.
/// </summary>
internal static class EditDistance
{
    public static int Between(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(d[i - 1, j - 1] + cost, Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }

    /// <summary>The closest candidate if it is close enough to be a likely typo, else null.</summary>
    public static string? Suggest(string typed, IEnumerable<string> candidates)
    {
        var limit = Math.Max(1, typed.Length / 3);
        // The lengths alone bound the distance from below: skipping the candidates they rule out
        // keeps a huge typed value (a hostile key or id) from costing length × length for each.
        return candidates
            .Where(c => Math.Abs(c.Length - typed.Length) <= limit)
            .Select(c => (Candidate: c, Distance: Between(typed, c)))
            .Where(x => x.Distance <= limit)
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .Select(x => x.Candidate)
            .FirstOrDefault();
    }

    /// <summary>" (did you mean 'x'?)" or an empty string.</summary>
    public static string DidYouMean(string typed, IEnumerable<string> candidates) =>
        Suggest(typed, candidates) is { } s ? $" (did you mean '{s}'?)" : "";
}
