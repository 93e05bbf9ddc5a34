using StudyGuide.CodeLanguages;
using StudyGuide.Content;
using StudyGuide.ContentTypes;

namespace StudyGuide.Cli.Commands;

/// <summary>
/// How <c>check --go</c> reports the practice files: the coding problems by category (in
/// <see cref="CodingCategory.All"/>'s order), each category with its count, each problem with what its
/// tests did with the reference solution and the starter; then the totals.
/// </summary>
internal static class PracticeReport
{
    public static IReadOnlyList<string> Of(ContentSet content, CodeVerification verification)
    {
        var practice = verification.Practice;
        if (practice.Count == 0)
        {
            return [];
        }
        var categories = content.Questions.Where(q => q.Category is not null).ToDictionary(q => q.Id, q => q.Category!.Value, StringComparer.Ordinal);
        return Lines(practice, id => categories[id]);
    }

    /// <summary>The lines for <paramref name="practice"/>, each problem in the category <paramref name="categoryOf"/> gives its id.</summary>
    public static IReadOnlyList<string> Lines(IReadOnlyList<PracticeResult> practice, Func<string, CodingCategory> categoryOf)
    {
        if (practice.Count == 0)
        {
            return [];
        }
        var width = practice.Max(p => p.QuestionId.Length) + 2;
        var lines = new List<string>();
        var byCategory = practice.GroupBy(p => categoryOf(p.QuestionId)).OrderBy(g => g.Key.Rank).ToList();
        foreach (var category in byCategory)
        {
            var count = category.Count();
            lines.Add($"{category.Key.Name}: {count} problem{(count == 1 ? "" : "s")}");
            lines.AddRange(category.Select(p => $"  {p.QuestionId.PadRight(width)}{p.Outcome}"));
        }
        var verified = practice.Count(p => p.Status == PracticeStatus.Verified);
        lines.Add($"{practice.Count} coding problem{(practice.Count == 1 ? "" : "s")} in {byCategory.Count} categor{(byCategory.Count == 1 ? "y" : "ies")}; "
            + $"for {verified} of them the reference solution passes the tests and the starter fails them");
        return lines;
    }
}
