using System.Diagnostics;
using System.Text;
using StudyGuide.Loading;

namespace StudyGuide.Tests.Hostile;

/// <summary>
/// YAML written to hang, crash or silently change the build (issue 12): alias bombs, keys that are
/// lists or aliases, deep nesting, a second document, and the positions of tab and alias errors.
/// Each is refused by the CLI with one positioned error, quickly, leaving the previous site.
/// </summary>
public sealed class YamlInputTests(PreviousBuild previous) : IClassFixture<PreviousBuild>
{
    /// <summary>
    /// Nine levels of nine aliases: 9^9 strings once expanded. Counting one per node plus the
    /// characters of scalars, the aliases of levels 1 to 3 repeat 15,660 and each alias of level 4
    /// (<c>*x3</c>) repeats 13,942 more: the fourth of them passes the 64 KiB budget.
    /// </summary>
    private static (int Line, int Column) WhereBombPassesTheBudget(HostileInput input, string file, string anchorPrefix)
    {
        var levelFour = $"{anchorPrefix}4: &{anchorPrefix}4 [";
        var (line, column) = input.PositionOf(file, levelFour);
        return (line, column + levelFour.Length + 3 * $"*{anchorPrefix}3, ".Length);
    }

    private static string Bomb(string anchorPrefix)
    {
        var lines = new StringBuilder($"{anchorPrefix}0: &{anchorPrefix}0 [x, x, x, x, x, x, x, x, x]\n");
        for (var level = 1; level < 9; level++)
        {
            var aliases = string.Join(", ", Enumerable.Repeat($"*{anchorPrefix}{level - 1}", 9));
            lines.Append(System.Globalization.CultureInfo.InvariantCulture, $"{anchorPrefix}{level}: &{anchorPrefix}{level} [{aliases}]\n");
        }
        return lines.ToString();
    }

    [Fact]
    public void An_alias_bomb_used_as_a_key_is_refused_at_once_where_the_aliases_pass_the_bound()
    {
        using var input = new HostileInput(previous);
        input.Write("site.yml", input.Read("site.yml") + Bomb("b") + "? *b8\n: boom\n");
        var clock = Stopwatch.StartNew();
        var run = input.Build();
        var (line, column) = WhereBombPassesTheBudget(input, "site.yml", "b");
        input.AssertRefused(run, $@"input/site\.yml:{line}:{column}: error: aliases repeat more than 65536 characters of this file .*");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
    }

    [Fact]
    public void The_same_bomb_as_values_is_refused_the_same_way()
    {
        using var input = new HostileInput(previous);
        input.Write("checklists/bomb.yml", Bomb("v"));
        var (line, column) = WhereBombPassesTheBudget(input, "checklists/bomb.yml", "v");
        input.AssertRefused(input.Build(), $@"input/checklists/bomb\.yml:{line}:{column}: error: aliases repeat more than 65536 characters.*");
    }

    [Fact]
    public void An_alias_as_a_key_is_refused_at_the_alias()
    {
        using var input = new HostileInput(previous);
        input.Replace("site.yml", "branch: main", "branch: &b main\n? *b\n: again");
        var (line, column) = input.PositionOf("site.yml", "*b");
        input.AssertRefused(input.Check(), $@"input/site\.yml:{line}:{column}: error: an alias \('\*b'\) cannot be a key: write the key out");
    }

    [Fact]
    public void A_list_or_mapping_as_a_key_is_refused_at_its_start()
    {
        using var input = new HostileInput(previous);
        input.Replace("checklists/common-mistakes.yml", "order: 5", "order: 5\n? [a, b]\n: list\n? {c: d}\n: map");
        var run = input.Build();
        var (listLine, listColumn) = input.PositionOf("checklists/common-mistakes.yml", "[a, b]");
        var (mapLine, mapColumn) = input.PositionOf("checklists/common-mistakes.yml", "{c: d}");
        input.AssertRefused(run, $@"input/checklists/common-mistakes\.yml:{listLine}:{listColumn}: error: a list or mapping cannot be a key: .*");
        input.AssertRefused(run, $@"input/checklists/common-mistakes\.yml:{mapLine}:{mapColumn}: error: a list or mapping cannot be a key: .*");
    }

    [Fact]
    public void Deep_nesting_is_refused_instead_of_overflowing_the_stack()
    {
        using var input = new HostileInput(previous);
        input.Replace("site.yml", "branch: main", "branch: main\ndeep: " + new string('[', 100_000) + new string(']', 100_000));
        var run = input.Build();
        var (line, column) = input.PositionOf("site.yml", "[[");
        input.AssertRefused(run, $@"input/site\.yml:{line}:{column + YamlLimits.MaxDepth - 1}: error: lists and mappings are nested more than {YamlLimits.MaxDepth} deep here; .*");
    }

    [Fact]
    public void More_aliases_than_the_bound_are_refused_at_the_first_one_past_it()
    {
        using var input = new HostileInput(previous);
        var aliases = string.Join(", ", Enumerable.Repeat("*t", YamlLimits.MaxAliases + 5));
        input.Replace("site.yml", "branch: main", $"branch: main\nx: &t t\nmany: [{aliases}]");
        var (line, column) = input.PositionOf("site.yml", "[*t");
        var past = column + 1 + YamlLimits.MaxAliases * "*t, ".Length;
        input.AssertRefused(input.Check(), $@"input/site\.yml:{line}:{past}: error: more than {YamlLimits.MaxAliases} aliases \('\*name'\) in one file; .*");
    }

    [Fact]
    public void More_anchors_than_the_bound_are_refused()
    {
        using var input = new HostileInput(previous);
        var anchored = string.Join(", ", Enumerable.Range(0, YamlLimits.MaxAnchors + 1).Select(i => $"&a{i} v"));
        input.Replace("site.yml", "branch: main", $"branch: main\nmany: [{anchored}]");
        var (line, column) = input.PositionOf("site.yml", $"&a{YamlLimits.MaxAnchors} v");
        input.AssertRefused(input.Check(), $@"input/site\.yml:{line}:{column}: error: more than {YamlLimits.MaxAnchors} anchors .*");
    }

    [Fact]
    public void A_second_document_in_site_yml_is_refused_at_its_start()
    {
        using var input = new HostileInput(previous);
        input.Write("site.yml", input.Read("site.yml") + "---\ntitle: Replaced\n");
        var (line, _) = input.PositionOf("site.yml", "---\ntitle: Replaced");
        input.AssertRefused(input.Build(), $@"input/site\.yml:{line}:1: error: a second YAML document starts here, and a file holds one: .*");
    }

    [Theory]
    [InlineData("banks/behavioral.yml")]
    [InlineData("checklists/common-mistakes.yml")]
    public void A_second_document_after_a_document_end_marker_is_refused(string file)
    {
        using var input = new HostileInput(previous);
        input.Write(file, input.Read(file) + "...\nid: other\n");
        var (line, _) = input.PositionOf(file, "id: other");
        input.AssertRefused(input.Check(), $@"input/{file.Replace(".", @"\.")}:{line}:1: error: a second YAML document starts here.*");
    }

    [Fact]
    public void A_second_document_in_front_matter_is_refused()
    {
        using var input = new HostileInput(previous);
        input.Replace("chapters/final-tips.md", "tags: [communication]\n", "tags: [communication]\n...\ntitle: Other\n");
        var (line, _) = input.PositionOf("chapters/final-tips.md", "title: Other");
        input.AssertRefused(input.Build(), $@"input/chapters/final-tips\.md:{line}:1: error: a second YAML document starts here.*");
    }

    [Fact]
    public void A_duplicate_key_is_refused_at_the_second_one()
    {
        using var input = new HostileInput(previous);
        input.Replace("site.yml", "branch: main", "branch: main\ntitle: Again");
        var (line, column) = input.PositionOf("site.yml", "title: Again");
        input.AssertRefused(input.Check(), $@"input/site\.yml:{line}:{column}: error: duplicate key 'title': it is already set at line 2; keep one of them");
    }

    [Fact]
    public void A_tab_used_as_indentation_is_reported_at_the_tab()
    {
        using var input = new HostileInput(previous);
        input.Replace("site.yml", "  - title: Problems\n", "  - title: Problems\n\t  extra: tab\n");
        var (line, column) = input.PositionOf("site.yml", "\t  extra");
        input.AssertRefused(input.Build(), $@"input/site\.yml:{line}:{column}: error: invalid YAML: .*tab.*");
    }

    [Fact]
    public void A_tab_before_a_key_is_reported_at_the_tab_not_a_line_early()
    {
        using var input = new HostileInput(previous);
        var orderLine = System.Text.RegularExpressions.Regex.Match(input.Read("chapters/final-tips.md"), "(?m)^order: .*\n").Value;
        input.Replace("chapters/final-tips.md", orderLine, orderLine + "\tsummary2: x\n");
        var (line, column) = input.PositionOf("chapters/final-tips.md", "\tsummary2");
        input.AssertRefused(input.Build(), $@"input/chapters/final-tips\.md:{line}:{column}: error: invalid YAML: .*tab.*");
    }

    [Fact]
    public void An_undefined_alias_is_reported_at_the_alias()
    {
        using var input = new HostileInput(previous);
        input.Replace("banks/coding.yml", "    title: Two Sum", "    title: *nope");
        var (line, column) = input.PositionOf("banks/coding.yml", "*nope");
        input.AssertRefused(input.Build(), $@"input/banks/coding\.yml:{line}:{column}: error: the alias '\*nope' names no anchor: .*");
    }

    [Fact]
    public void An_alias_inside_what_it_names_is_refused()
    {
        using var input = new HostileInput(previous);
        input.Replace("site.yml", "branch: main", "branch: main\nloop: &l [a, *l]");
        var (line, column) = input.PositionOf("site.yml", "*l]");
        input.AssertRefused(input.Check(), $@"input/site\.yml:{line}:{column}: error: the alias '\*l' is inside the list or mapping it names; .*");
    }

    [Fact]
    public void Front_matter_closed_at_the_very_end_of_a_chapter_is_accepted()
    {
        using var input = new HostileInput(previous);
        input.Write("chapters/short-note.md", "---\ntitle: Short note\norder: 11\nsummary: A chapter that is all front matter.\n---");
        var run = input.Check();
        Assert.True(run.Code == 0, run.ToString());
        HostileInput.AssertNoStackTrace(run);
        input.AssertPreviousOutputUntouched();
    }

    [Fact]
    public void Front_matter_closed_at_the_very_end_of_index_md_is_accepted_and_built()
    {
        using var input = new HostileInput(previous);
        input.Write("index.md", "---\ntitle: Just a title\n---");
        var run = input.Build();
        Assert.True(run.Code == 0, run.ToString());
        HostileInput.AssertNoStackTrace(run);
        Assert.Contains("Just a title", File.ReadAllText(Path.Combine(input.OutputPath, "index.html")));
    }
}
