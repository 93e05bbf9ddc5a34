using System.Text.RegularExpressions;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Theme;

/// <summary>
/// Light and dark differ in colours only: every colour is one <c>light-dark()</c> value and the scheme
/// (the reader's system, or the header's switch through <c>data-theme</c>) only sets <c>color-scheme</c>.
/// The accessibility tests rely on it: they audit each page with every axe rule once and run only the
/// colour rules for dark (AxeAudit).
/// </summary>
public sealed partial class ThemeColourSchemeTests
{
    private static IEnumerable<string> Files(string pattern) =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Theme, "assets"), pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [Fact]
    public void No_stylesheet_or_script_asks_for_the_colour_scheme_with_a_media_query()
    {
        var asking = Files("*.css").Concat(Files("*.js")).Where(f => SchemeQuery().IsMatch(File.ReadAllText(f))).ToList();
        Assert.Empty(asking);
    }

    [Fact]
    public void A_rule_for_one_chosen_scheme_sets_only_color_scheme()
    {
        var css = Files("*.css").ToDictionary(f => Path.GetRelativePath(RepoPaths.Theme, f), File.ReadAllText);
        Assert.Contains(css.Values, text => SchemeRule().IsMatch(text));
        Assert.Empty(css.SelectMany(file => MoreThanColours(file.Key, file.Value)));
    }

    [Fact]
    public void A_scheme_rule_that_changes_a_size_is_found()
    {
        var found = MoreThanColours("x.css", ":root { --a: 1; }\n:root[data-theme=\"dark\"] { color-scheme: dark; font-size: 20px; }");
        Assert.Equal(["x.css: :root[data-theme=\"dark\"] sets font-size"], found);
    }

    /// <summary>Each declaration other than <c>color-scheme</c> in a rule for one chosen scheme.</summary>
    private static IEnumerable<string> MoreThanColours(string file, string css) =>
        from rule in SchemeRule().Matches(css)
        from declaration in rule.Groups["body"].Value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        let property = declaration.Split(':')[0].Trim()
        where property != "color-scheme"
        select $"{file}: {rule.Groups["selector"].Value.Trim()} sets {property}";

    /// <summary>The media feature, as in <c>@media (prefers-color-scheme: dark)</c> or a script's <c>matchMedia</c>.</summary>
    [GeneratedRegex(@"\(\s*prefers-color-scheme")]
    private static partial Regex SchemeQuery();

    /// <summary>A rule whose selector names one value of <c>data-theme</c>, as in <c>:root[data-theme="dark"]</c>.</summary>
    [GeneratedRegex(@"(?<selector>[^{}]*\[data-theme\s*=[^{}]*)\{(?<body>[^{}]*)\}")]
    private static partial Regex SchemeRule();
}
