using System.Text.RegularExpressions;

namespace StudyGuide.Tests.Hostile;

/// <summary>
/// The same id used by two kinds of content (a chapter and a question, a checklist and a
/// chapter) used to crash the link stage with a KeyNotFoundException; it is the loader's
/// duplicate-id error only.
/// </summary>
public sealed class DuplicateIdTests(PreviousBuild previous) : IClassFixture<PreviousBuild>
{
    [Fact]
    public void A_chapter_with_the_id_of_a_question_is_a_duplicate_id_error()
    {
        using var input = new HostileInput(previous);
        AddChapter(input, "two-sum");
        var (line, column) = input.PositionOf("banks/coding.yml", "id: two-sum");
        input.AssertRefused(input.Build(), $@"input/banks/coding\.yml:{line}:{column + "id: ".Length}: error: "
            + Regex.Escape("duplicate id 'two-sum': already used at input/chapters/two-sum.md:1:1") + ".*");
    }

    [Fact]
    public void A_chapter_with_the_id_of_a_checklist_is_a_duplicate_id_error()
    {
        using var input = new HostileInput(previous);
        AddChapter(input, "common-mistakes");
        var (line, column) = input.PositionOf("checklists/common-mistakes.yml", "id: common-mistakes");
        var run = input.Build();
        input.AssertRefused(run, $@"input/checklists/common-mistakes\.yml:{line}:{column + "id: ".Length}: error: "
            + Regex.Escape("duplicate id 'common-mistakes': already used at input/chapters/common-mistakes.md:1:1") + ".*");
        // The duplicate is the only problem: nothing else is reported because of it.
        Assert.Single(Regex.Matches(run.Error, "(?m)^input/.*: error: "));
    }

    private static void AddChapter(HostileInput input, string id) => input.Write($"chapters/{id}.md", """
        ---
        title: A chapter that takes a taken id
        order: 99
        summary: Its id is the file name, which is also another content's id.
        tags: [go]
        ---

        Some text.

        """);
}
