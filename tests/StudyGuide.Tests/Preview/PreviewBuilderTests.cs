using StudyGuide.Cli.Preview;
using StudyGuide.Pipeline;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Preview;

/// <summary>
/// The preview writes only what changed, yet its output is always byte-identical to a clean
/// build of the same content: checked after edits that touch one page, many pages, add a page
/// and remove one.
/// </summary>
public sealed class PreviewBuilderTests : SampleContentTest
{
    private string _theme = RepoPaths.Theme;

    private void AssertSameAsCleanBuild()
    {
        var clean = Temp.Combine(Guid.NewGuid().ToString("N"));
        Assert.True(new SiteBuilder().Build(new BuildOptions(Content.Root, _theme, clean, Search: false)).Succeeded);
        var expected = FolderSnapshot.Of(clean);
        var actual = FolderSnapshot.Of(Content.OutputPath);
        FolderSnapshot.AssertSame(expected, actual, " from a clean build");
    }

    /// <summary>Runs a preview build and checks that it reported exactly the files whose bytes changed.</summary>
    private PreviewBuild Rebuild(PreviewBuilder builder)
    {
        var before = FolderSnapshot.Of(Content.OutputPath);
        var build = builder.Build();
        Assert.True(build.Succeeded, string.Join("\n", build.Errors));
        var after = FolderSnapshot.Of(Content.OutputPath);
        var differing = before.Keys.Union(after.Keys)
            .Where(path => !(before.TryGetValue(path, out var old) && after.TryGetValue(path, out var now) && old.AsSpan().SequenceEqual(now)))
            .Order(StringComparer.Ordinal);
        Assert.Equal(differing, build.Changed);
        AssertSameAsCleanBuild();
        return build;
    }

    [Fact]
    public void Rebuilds_write_only_changed_files_and_match_a_clean_build()
    {
        var builder = new PreviewBuilder(new BuildOptions(Content.Root, RepoPaths.Theme, Content.OutputPath, Search: false));
        var first = Rebuild(builder);
        Assert.Equal(first.PageCount, first.PagesRendered);

        Content.Replace("chapters/basics.md", "Practice daily.", "Practice every day.");
        var bodyEdit = Rebuild(builder);
        // The chapter's own page, and the whole-guide print page that includes every chapter.
        Assert.Equal(["chapters/basics/index.html", "print/index.html"], bodyEdit.Changed);
        Assert.Equal(2, bodyEdit.PagesRendered);

        Assert.Empty(Rebuild(builder).Changed);

        Content.Replace("banks/coding.yml", "title: Sum of a slice", "title: Sum of all numbers");
        Assert.Contains("problems/index.html", Rebuild(builder).Changed);

        Content.Write("chapters/extra.md", "---\ntitle: Extra\norder: 2\nsummary: More.\n---\nNew page.\n");
        Assert.Contains("chapters/extra/index.html", Rebuild(builder).Changed);

        File.Delete(Content.PathOf("chapters/extra.md"));
        Assert.Contains("chapters/extra/index.html", Rebuild(builder).Changed);
        Assert.False(Directory.Exists(Path.Combine(Content.OutputPath, "chapters", "extra")));
    }

    [Fact]
    public void A_failed_rebuild_changes_no_file()
    {
        var builder = new PreviewBuilder(new BuildOptions(Content.Root, RepoPaths.Theme, Content.OutputPath, Search: false));
        Rebuild(builder);
        var before = FolderSnapshot.Of(Content.OutputPath);

        Content.Replace("chapters/basics.md", "Practice daily.", "Practice [daily](xref:nowhere).");
        var build = builder.Build();

        Assert.False(build.Succeeded);
        Assert.Contains(build.Errors, e => e.Message.Contains("unknown xref id 'nowhere'"));
        Assert.Empty(build.Changed);
        var after = FolderSnapshot.Of(Content.OutputPath);
        FolderSnapshot.AssertSame(before, after);
    }

    [Fact]
    public void A_theme_edit_rerenders_every_page()
    {
        _theme = Temp.Combine("theme");
        TempFolder.CopyTheme(_theme);
        var builder = new PreviewBuilder(new BuildOptions(Content.Root, _theme, Content.OutputPath, Search: false));
        Rebuild(builder);

        var footer = Path.Combine(_theme, "layouts", "partials", "footer.sbn-html");
        File.WriteAllText(footer, File.ReadAllText(footer).Replace("</footer>", "<p>Edited footer.</p>\n</footer>"));
        var build = Rebuild(builder);

        Assert.Equal(build.PageCount, build.PagesRendered);
        Assert.Contains("Edited footer.", File.ReadAllText(Path.Combine(Content.OutputPath, "index.html")));
    }

    private static ChangeBatch Saved(string path) => new([path], System.Diagnostics.Stopwatch.GetTimestamp());

    [Fact]
    public void An_edited_chapter_page_is_written_first_with_the_bytes_of_a_clean_build()
    {
        var builder = new PreviewBuilder(new BuildOptions(Content.Root, RepoPaths.Theme, Content.OutputPath, Search: false));
        Rebuild(builder);

        Content.Replace("chapters/basics.md", "Practice daily.", "Practice every day.");
        var page = builder.BuildEditedPage(Saved(Content.PathOf("chapters/basics.md")));

        Assert.NotNull(page);
        Assert.True(page.EditedPageOnly);
        Assert.Equal(["chapters/basics/index.html"], page.Changed);
        Assert.Contains("Practice every day.", File.ReadAllText(Path.Combine(Content.OutputPath, "chapters", "basics", "index.html")));
        // The full build that follows finds that page already right; only the print page is left.
        Assert.Equal(["print/index.html"], Rebuild(builder).Changed);
    }

    [Fact]
    public void A_quick_page_checks_its_links_against_its_new_headings()
    {
        var builder = new PreviewBuilder(new BuildOptions(Content.Root, RepoPaths.Theme, Content.OutputPath, Search: false));
        Rebuild(builder);

        Content.Replace("chapters/basics.md", "## First steps", "## Getting started");
        Content.Replace("chapters/basics.md", "(#first-steps)", "(#getting-started)");

        Assert.NotNull(builder.BuildEditedPage(Saved(Content.PathOf("chapters/basics.md"))));
        Assert.Contains("href=\"#getting-started\"", File.ReadAllText(Path.Combine(Content.OutputPath, "chapters", "basics", "index.html")));
        Assert.DoesNotContain("chapters/basics/index.html", Rebuild(builder).Changed);
    }

    [Theory]
    [InlineData("Practice daily.", "Practice [daily](xref:nowhere).")] // an error: the full build reports it
    [InlineData("order: 1", "order: 5")] // its place in the guide changes: the neighbours' pages too
    [InlineData("## First steps", "## Getting started")] // its own link to #first-steps breaks
    public void Edits_that_need_more_than_one_page_take_no_quick_path(string oldText, string newText)
    {
        var builder = new PreviewBuilder(new BuildOptions(Content.Root, RepoPaths.Theme, Content.OutputPath, Search: false));
        Rebuild(builder);
        var before = FolderSnapshot.Of(Content.OutputPath);

        Content.Replace("chapters/basics.md", oldText, newText);

        Assert.Null(builder.BuildEditedPage(Saved(Content.PathOf("chapters/basics.md"))));
        Assert.Equal(before.Keys.Order(), FolderSnapshot.Of(Content.OutputPath).Keys.Order());
        Assert.All(before, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(Content.OutputPath, pair.Key)))));
    }

    [Fact]
    public void Only_a_single_chapter_file_takes_the_quick_path()
    {
        var builder = new PreviewBuilder(new BuildOptions(Content.Root, RepoPaths.Theme, Content.OutputPath, Search: false));
        Assert.Null(builder.BuildEditedPage(Saved(Content.PathOf("chapters/basics.md")))); // no build yet
        Rebuild(builder);

        Content.Write("chapters/extra.md", "---\ntitle: Extra\norder: 2\nsummary: More.\n---\nNew page.\n");
        Assert.Null(builder.BuildEditedPage(Saved(Content.PathOf("chapters/extra.md")))); // a new chapter
        Assert.Null(builder.BuildEditedPage(Saved(Content.PathOf("banks/coding.yml"))));
        Assert.Null(builder.BuildEditedPage(new ChangeBatch([Content.PathOf("chapters/basics.md"), Content.PathOf("index.md")], 0)));
        File.Delete(Content.PathOf("chapters/extra.md"));
        Assert.Null(builder.BuildEditedPage(new ChangeBatch([Content.PathOf("chapters/basics.md"), Content.PathOf("chapters/extra.md")], 0)));
    }

    [Fact]
    public void A_save_through_a_temporary_file_still_takes_the_quick_path()
    {
        var builder = new PreviewBuilder(new BuildOptions(Content.Root, RepoPaths.Theme, Content.OutputPath, Search: false));
        Rebuild(builder);

        // `sed -i` and some editors write a scratch file beside the saved one and rename it over it.
        Content.Replace("chapters/basics.md", "Practice daily.", "Practice often.");
        var batch = new ChangeBatch([Content.PathOf("chapters/basics.md"), Content.PathOf("chapters/sedX1b2c3")], 0);

        Assert.NotNull(builder.BuildEditedPage(batch));
        Assert.Contains("Practice often.", File.ReadAllText(Path.Combine(Content.OutputPath, "chapters", "basics", "index.html")));
    }

    [Fact]
    public void Unchanged_files_keep_their_parse_but_their_links_are_checked_again_as_written()
    {
        var builder = new PreviewBuilder(new BuildOptions(Content.Root, RepoPaths.Theme, Content.OutputPath, Search: false));
        Rebuild(builder);

        // The chapter is untouched; the question it links to (xref:sum) gets another id.
        Content.Replace("banks/coding.yml", "id: sum", "id: total");
        var broken = builder.Build();
        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Errors, e => e.Location.File.EndsWith("chapters/basics.md", StringComparison.Ordinal) && e.Message.Contains("unknown xref id 'sum'"));

        Content.Replace("banks/coding.yml", "id: total", "id: sum");
        Rebuild(builder); // succeeds, and equals a clean build
    }
}
