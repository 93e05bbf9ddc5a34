using StudyGuide.Diagnostics;

namespace StudyGuide.Verification;

/// <summary>What <see cref="GoCodeVerifier"/> found: the errors, the files it could not check with this Go, and which Go that was.</summary>
/// <param name="Diagnostics">Errors, sorted by file and position.</param>
/// <param name="Skipped">Files whose <c>//go:build go1.N</c> line asks for a newer Go than <paramref name="GoVersion"/>, in path order: neither passed nor failed.</param>
/// <param name="GoVersion">The local toolchain's version, like <c>go1.19.8</c>.</param>
/// <param name="Practice">What was found for each coding question's practice files, in content order.</param>
/// <param name="CheckedFiles">How many files were checked: the code files and the starters and tests of the problems not skipped.</param>
public sealed record GoVerification(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<SkippedGoFile> Skipped, string GoVersion, IReadOnlyList<PracticeResult> Practice, int CheckedFiles)
{
    /// <summary>
    /// How <c>check --go</c> reports the practice files: the coding problems by category (in
    /// <see cref="Content.CodingCategory.All"/>'s order), each category with its count, each problem with
    /// what its tests did with the reference solution and the starter; then the totals.
    /// </summary>
    public IReadOnlyList<string> PracticeReport()
    {
        if (Practice.Count == 0)
        {
            return [];
        }
        var width = Practice.Max(p => p.QuestionId.Length) + 2;
        var lines = new List<string>();
        foreach (var category in Practice.GroupBy(p => p.Category).OrderBy(g => g.Key.Rank))
        {
            var count = category.Count();
            lines.Add($"{category.Key.Name}: {count} problem{(count == 1 ? "" : "s")}");
            lines.AddRange(category.Select(p => $"  {p.QuestionId.PadRight(width)}{p.Outcome}"));
        }
        var verified = Practice.Count(p => p.Status == PracticeStatus.Verified);
        var categories = Practice.Select(p => p.Category).Distinct().Count();
        lines.Add($"{Practice.Count} coding problem{(Practice.Count == 1 ? "" : "s")} in {categories} categor{(categories == 1 ? "y" : "ies")}; "
            + $"for {verified} of them the reference solution passes the tests and the starter fails them");
        return lines;
    }
}

/// <summary>A Go file not verified because it needs Go 1.<paramref name="Minor"/> or newer (its <c>//go:build</c> line is <paramref name="Line"/>).</summary>
public sealed record SkippedGoFile(string DisplayPath, int Line, int Minor)
{
    /// <summary>How <c>check --go</c> lists it: <c>input/banks/x/y.go:3: skipped (needs go1.23)</c>.</summary>
    public override string ToString() => $"{DisplayPath}:{Line}: skipped (needs go1.{Minor})";
}
