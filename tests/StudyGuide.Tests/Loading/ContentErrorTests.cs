using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Loading;

/// <summary>
/// Each class of content error gives one compiler-style line with the right file, line, column and
/// an actionable message. Line numbers refer to <see cref="SampleContent"/>'s files.
/// </summary>
public sealed class ContentErrorTests : SampleContentTest
{
    private IReadOnlyList<string> Errors()
    {
        var result = Builds.Run(Content.Root, Content.OutputPath, write: false);
        Assert.False(result.Succeeded);
        return Builds.Errors(result);
    }

    private static void AssertSingle(IReadOnlyList<string> errors, string fileSuffix, int line, int column, string messagePart)
    {
        var error = Assert.Single(errors);
        Assert.Contains($"{fileSuffix}:{line}:{column}: error: ", error);
        Assert.Contains(messagePart, error);
    }

    [Fact]
    public void Sample_content_builds_without_errors()
    {
        var result = Builds.Run(Content.Root, Content.OutputPath, write: false);
        Assert.Empty(result.Diagnostics);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Unknown_key_is_reported_with_a_suggestion()
    {
        Content.Replace("banks/coding.yml", "    difficulty: easy", "    dificulty: easy");
        AssertSingle(Errors(), "banks/coding.yml", 9, 5, "unknown key 'dificulty' (did you mean 'difficulty'?)");
    }

    [Fact]
    public void Missing_required_key_points_at_the_mapping()
    {
        Content.Replace("banks/coding.yml", "    title: Sum of a slice\n", "");
        AssertSingle(Errors(), "banks/coding.yml", 7, 5, "missing required key 'title'");
    }

    [Fact]
    public void Bad_enum_value_lists_the_allowed_values()
    {
        Content.Replace("banks/coding.yml", "difficulty: easy", "difficulty: trivial");
        AssertSingle(Errors(), "banks/coding.yml", 9, 17, "'trivial' is not a valid difficulty; use one of: easy, medium, hard");
    }

    [Fact]
    public void Duplicate_id_names_the_first_use()
    {
        Content.Write("banks/more.yml", "id: more\ntitle: More\ndescription: More.\nkind: concept\nquestions:\n  - id: sum\n    title: Again\n    difficulty: easy\n    topics: [arrays]\n    prompt: Again?\n    answer: Yes.\n");
        var error = Assert.Single(Errors());
        Assert.Contains("banks/more.yml:6:9: error: duplicate id 'sum': already used at ", error);
        Assert.Contains("banks/coding.yml:7:9", error);
    }

    [Fact]
    public void Unknown_xref_is_reported_at_the_link()
    {
        Content.Replace("chapters/basics.md", "(xref:sum)", "(xref:summ)");
        AssertSingle(Errors(), "chapters/basics.md", 9, 6, "unknown xref id 'summ' (did you mean 'sum'?)");
    }

    [Fact]
    public void Xref_inside_a_yaml_block_is_located_in_the_yaml_file()
    {
        Content.Replace("banks/coding.yml", "Add up the numbers.", "Add up the numbers, like [here](xref:nowhere).");
        AssertSingle(Errors(), "banks/coding.yml", 13, 32, "unknown xref id 'nowhere'");
    }

    [Fact]
    public void Broken_anchor_and_unknown_internal_page_are_errors()
    {
        Content.Replace("chapters/basics.md", "(#first-steps)", "(#first-step)");
        Content.Replace("chapters/basics.md", "tick the [list](xref:day-of)", "tick the [list](/lists/)");
        var errors = Errors();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Contains("chapters/basics.md:9:") && e.Contains("link '/lists/' points to no page"));
        Assert.Contains(errors, e => e.Contains("chapters/basics.md:15:") && e.Contains("anchor '#first-step'"));
    }

    [Fact]
    public void Missing_code_file_is_reported_at_the_code_key()
    {
        Content.Replace("banks/coding.yml", "code: coding/sum.go", "code: coding/total.go");
        AssertSingle(Errors(), "banks/coding.yml", 21, 11, "code file 'coding/total.go' not found");
    }

    [Fact]
    public void Practice_file_named_against_the_rule_is_reported_with_the_expected_name()
    {
        Content.Replace("banks/coding.yml", "starter: coding/sum.starter.go", "starter: coding/sum-starter.go");
        AssertSingle(Errors(), "banks/coding.yml", 25, 14,
            "'starter' must be 'coding/sum.starter.go' (the name is fixed: <bank>/<id>.starter.go, relative to this bank file), not 'coding/sum-starter.go'");
    }

    [Fact]
    public void Missing_tests_file_is_reported_at_the_tests_key()
    {
        File.Delete(Content.PathOf("banks/coding/sum_test.go"));
        AssertSingle(Errors(), "banks/coding.yml", 26, 12, "tests file 'coding/sum_test.go' not found");
    }

    [Fact]
    public void Unknown_category_lists_the_categories()
    {
        Content.Replace("banks/coding.yml", "category: arrays-hashing", "category: tree");
        AssertSingle(Errors(), "banks/coding.yml", 24, 15, "'tree' is not a valid category (did you mean 'trees'?); use one of: arrays-hashing, two-pointers,");
    }

    [Fact]
    public void Yaml_syntax_error_is_located()
    {
        Content.Replace("checklists/day-of.yml", "title: Day of", "title: [Day of");
        var error = Assert.Single(Errors());
        Assert.Contains("checklists/day-of.yml:", error);
        Assert.Contains("error: invalid YAML", error);
    }

    [Fact]
    public void Front_matter_errors_use_file_lines()
    {
        Content.Replace("chapters/basics.md", "order: 1", "order: first");
        AssertSingle(Errors(), "chapters/basics.md", 3, 8, "'order' must be a whole number, not 'first'");
    }

    [Fact]
    public void Unknown_callout_kind_is_reported()
    {
        Content.Replace("chapters/basics.md", "::: tip", "::: tips");
        AssertSingle(Errors(), "chapters/basics.md", 11, 1, "unknown callout 'tips' (did you mean 'tip'?)");
    }

    [Fact]
    public void Javascript_links_are_refused()
    {
        Content.Replace("chapters/basics.md", "(#first-steps)", "(javascript:alert(1))");
        AssertSingle(Errors(), "chapters/basics.md", 15, 5, "unsupported link 'javascript:alert(1)'");
    }

    [Fact]
    public void Bank_id_must_match_its_file_name()
    {
        Content.Replace("banks/coding.yml", "id: coding\n", "id: problems-a\n");
        AssertSingle(Errors(), "banks/coding.yml", 1, 5, "id 'problems-a' must equal the file name 'coding'");
    }

    [Fact]
    public void All_errors_of_a_run_are_reported_together()
    {
        Content.Replace("banks/coding.yml", "    difficulty: easy", "    dificulty: easy");
        Content.Replace("chapters/basics.md", "(xref:sum)", "(xref:summ)");
        Content.Replace("checklists/day-of.yml", "title: Day of", "titel: Day of");
        var errors = Errors();
        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.Contains("banks/coding.yml:9:5: error: unknown key 'dificulty'"));
        Assert.Contains(errors, e => e.Contains("checklists/day-of.yml:2:1: error: unknown key 'titel' (did you mean 'title'?)"));
        Assert.Contains(errors, e => e.Contains("chapters/basics.md:9:6: error: unknown xref id 'summ' (did you mean 'sum'?)"));
    }
}
