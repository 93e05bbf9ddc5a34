using AngleSharp.Html.Parser;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Build;

/// <summary>
/// The storage keys of checklist items and Markdown task lists (<c>data-key</c>) are what a reader's
/// saved ticks hang on: they must be the same on every rebuild and survive unrelated edits.
/// </summary>
public sealed class ProgressKeyTests : SampleContentTest
{
    private static readonly HtmlParser Parser = new();



    /// <summary>Every data-key of every page of a built site, per page file.</summary>
    private static SortedDictionary<string, List<string>> KeysOf(string site) => new(Directory
        .GetFiles(site, "*.html", SearchOption.AllDirectories)
        .Select(f => (Path.GetRelativePath(site, f), Parser.ParseDocument(File.ReadAllText(f)).QuerySelectorAll("input[data-key]").Select(i => i.GetAttribute("data-key")!).ToList()))
        .Where(p => p.Item2.Count > 0)
        .ToDictionary(p => p.Item1, p => p.Item2), StringComparer.Ordinal);

    private SortedDictionary<string, List<string>> BuildSample(string folder)
    {
        var output = Path.Combine(Path.GetDirectoryName(Content.OutputPath)!, folder);
        Assert.True(Builds.Run(Content.Root, output).Succeeded);
        return KeysOf(output);
    }

    [Fact]
    public void Checklist_and_task_keys_are_on_the_real_pages()
    {
        // Stability across rebuilds follows from byte-identical builds (BuildOutputTests); here: the keys exist.
        using var temp = new TempFolder();
        Assert.True(Builds.Run(RepoPaths.Input, temp.Combine("a"), search: false).Succeeded);
        var keys = KeysOf(temp.Combine("a"));
        Assert.NotEmpty(keys["checklists/interview-success/index.html"]);
        Assert.NotEmpty(keys["chapters/final-tips/index.html"]);
    }

    [Fact]
    public void Checklist_keys_are_the_checklist_id_and_the_item_id_or_a_slug_of_its_text()
    {
        Content.Replace("checklists/day-of.yml", "      - text: Test the camera\n", "      - text: Test the camera\n        id: camera\n");
        var keys = BuildSample("site")["checklists/day-of/index.html"];
        Assert.Equal(["day-of:charge-the-laptop", "day-of:camera"], keys);
    }

    [Fact]
    public void Existing_keys_survive_new_items_reordering_and_edited_notes()
    {
        var before = BuildSample("before");

        Content.Write("checklists/day-of.yml", """
            id: day-of
            title: Day of, revised
            intro: |
              Before you log in. Now with more.
            sections:
              - title: First things
                items:
                  - text: Drink water
              - title: Setup
                items:
                  - text: Test the camera
                    note: A different note.
                  - text: Charge the laptop
            """);
        var after = BuildSample("after")["checklists/day-of/index.html"];

        Assert.All(before["checklists/day-of/index.html"], key => Assert.Contains(key, after));
    }

    [Fact]
    public void Task_lists_render_as_enabled_labelled_checkboxes_keyed_by_the_chapter()
    {
        Content.Replace("chapters/basics.md", "## First steps\n", "## First steps\n\n- [ ] Read the [Sum](xref:sum) problem\n- [x] Install **Go**\n\n");
        var output = Path.Combine(Path.GetDirectoryName(Content.OutputPath)!, "tasks");
        Assert.True(Builds.Run(Content.Root, output).Succeeded);
        var page = Parser.ParseDocument(File.ReadAllText(Path.Combine(output, "chapters/basics/index.html")));

        var boxes = page.QuerySelectorAll("li.task-list-item input[type=checkbox]");
        Assert.Equal(["basics:read-the-sum-problem", "basics:install-go"], boxes.Select(b => b.GetAttribute("data-key")));
        Assert.All(boxes, box =>
        {
            Assert.False(box.HasAttribute("disabled"));
            Assert.Equal("LABEL", box.ParentElement!.TagName);
        });
        Assert.Equal("Read the Sum problem", boxes[0].ParentElement!.TextContent.Trim());
        Assert.NotNull(boxes[0].ParentElement!.QuerySelector("a[href='/problems/sum/']"));
        Assert.False(boxes[0].HasAttribute("checked"));
        Assert.True(boxes[1].HasAttribute("checked"));

        // The print page shows the chapter with the same keys, so ticks made on the chapter print.
        var print = Parser.ParseDocument(File.ReadAllText(Path.Combine(output, "print/index.html")));
        Assert.Equal(boxes.Select(b => b.GetAttribute("data-key")), print.QuerySelectorAll("article:has(#chapter-basics) input[data-key]").Select(b => b.GetAttribute("data-key")));
    }

    [Theory]
    [InlineData("- [ ] Practice daily\n- [ ] Practice, daily!", "chapters/basics.md:10:3: error: two task list items here have the same text (id 'practice-daily')")]
    [InlineData("- [ ] ...", "chapters/basics.md:9:3: error: a task list item needs text with letters or digits")]
    public void A_task_whose_tick_could_not_be_saved_apart_is_a_content_error(string tasks, string expected)
    {
        Content.Replace("chapters/basics.md", "## First steps\n", $"## First steps\n\n{tasks}\n\n");
        var result = Builds.Run(Content.Root, Content.OutputPath, write: false);
        Assert.Contains(expected, Assert.Single(Builds.Errors(result)));
    }
}
