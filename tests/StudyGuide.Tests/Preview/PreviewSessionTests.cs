using StudyGuide.Pipeline;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Preview;

/// <summary>
/// The preview writes only what changed, yet its output is always byte-identical to a clean
/// build of the same content: checked after edits that touch one page, many pages, add a page
/// and remove one.
/// </summary>
public sealed class PreviewSessionTests : SampleContentTest
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
    private PreviewBuild Rebuild(PreviewSession session)
    {
        var before = FolderSnapshot.Of(Content.OutputPath);
        var build = session.Build();
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
        var session = new PreviewSession(new BuildOptions(Content.Root, RepoPaths.Theme, Content.OutputPath, Search: false));
        var first = Rebuild(session);
        Assert.Equal(first.PageCount, first.PagesRendered);

        Content.Replace("chapters/basics.md", "Practice daily.", "Practice every day.");
        var bodyEdit = Rebuild(session);
        // The chapter's own page, and the whole-guide print page that includes every chapter.
        Assert.Equal(["chapters/basics/index.html", "print/index.html"], bodyEdit.Changed);
        Assert.Equal(2, bodyEdit.PagesRendered);

        Assert.Empty(Rebuild(session).Changed);

        Content.Replace("banks/coding.yml", "title: Sum of a slice", "title: Sum of all numbers");
        Assert.Contains("problems/index.html", Rebuild(session).Changed);

        Content.Write("chapters/extra.md", "---\ntitle: Extra\norder: 2\nsummary: More.\n---\nNew page.\n");
        Assert.Contains("chapters/extra/index.html", Rebuild(session).Changed);

        File.Delete(Content.PathOf("chapters/extra.md"));
        Assert.Contains("chapters/extra/index.html", Rebuild(session).Changed);
        Assert.False(Directory.Exists(Path.Combine(Content.OutputPath, "chapters", "extra")));
    }

    [Fact]
    public void A_failed_rebuild_changes_no_file()
    {
        var session = new PreviewSession(new BuildOptions(Content.Root, RepoPaths.Theme, Content.OutputPath, Search: false));
        Rebuild(session);
        var before = FolderSnapshot.Of(Content.OutputPath);

        Content.Replace("chapters/basics.md", "Practice daily.", "Practice [daily](xref:nowhere).");
        var build = session.Build();

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
        var session = new PreviewSession(new BuildOptions(Content.Root, _theme, Content.OutputPath, Search: false));
        Rebuild(session);

        var footer = Path.Combine(_theme, "layouts", "partials", "footer.sbn-html");
        File.WriteAllText(footer, File.ReadAllText(footer).Replace("</footer>", "<p>Edited footer.</p>\n</footer>"));
        var build = Rebuild(session);

        Assert.Equal(build.PageCount, build.PagesRendered);
        Assert.Contains("Edited footer.", File.ReadAllText(Path.Combine(Content.OutputPath, "index.html")));
    }

    private static string[] Saved(string path) => [path];

    [Fact]
    public void An_edited_chapter_page_is_written_first_with_the_bytes_of_a_clean_build()
    {
        var session = new PreviewSession(new BuildOptions(Content.Root, RepoPaths.Theme, Content.OutputPath, Search: false));
        Rebuild(session);

        Content.Replace("chapters/basics.md", "Practice daily.", "Practice every day.");
        var page = session.BuildEditedPage(Saved(Content.PathOf("chapters/basics.md")));

        Assert.NotNull(page);
        Assert.True(page.EditedPageOnly);
        Assert.Equal(["chapters/basics/index.html"], page.Changed);
        Assert.Contains("Practice every day.", File.ReadAllText(Path.Combine(Content.OutputPath, "chapters", "basics", "index.html")));
        // The full build that follows finds that page already right; only the print page is left.
        Assert.Equal(["print/index.html"], Rebuild(session).Changed);
    }

    [Fact]
    public void A_quick_page_checks_its_links_against_its_new_headings()
    {
        var session = new PreviewSession(new BuildOptions(Content.Root, RepoPaths.Theme, Content.OutputPath, Search: false));
        Rebuild(session);

        Content.Replace("chapters/basics.md", "## First steps", "## Getting started");
        Content.Replace("chapters/basics.md", "(#first-steps)", "(#getting-started)");

        Assert.NotNull(session.BuildEditedPage(Saved(Content.PathOf("chapters/basics.md"))));
        Assert.Contains("href=\"#getting-started\"", File.ReadAllText(Path.Combine(Content.OutputPath, "chapters", "basics", "index.html")));
        Assert.DoesNotContain("chapters/basics/index.html", Rebuild(session).Changed);
    }

    [Theory]
    [InlineData("Practice daily.", "Practice [daily](xref:nowhere).")] // an error: the full build reports it
    [InlineData("order: 1", "order: 5")] // its place in the guide changes: the neighbours' pages too
    [InlineData("## First steps", "## Getting started")] // its own link to #first-steps breaks
    public void Edits_that_need_more_than_one_page_take_no_quick_path(string oldText, string newText)
    {
        var session = new PreviewSession(new BuildOptions(Content.Root, RepoPaths.Theme, Content.OutputPath, Search: false));
        Rebuild(session);
        var before = FolderSnapshot.Of(Content.OutputPath);

        Content.Replace("chapters/basics.md", oldText, newText);

        Assert.Null(session.BuildEditedPage(Saved(Content.PathOf("chapters/basics.md"))));
        Assert.Equal(before.Keys.Order(), FolderSnapshot.Of(Content.OutputPath).Keys.Order());
        Assert.All(before, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(Content.OutputPath, pair.Key)))));
    }

    [Fact]
    public void Only_a_single_chapter_file_takes_the_quick_path()
    {
        var session = new PreviewSession(new BuildOptions(Content.Root, RepoPaths.Theme, Content.OutputPath, Search: false));
        Assert.Null(session.BuildEditedPage(Saved(Content.PathOf("chapters/basics.md")))); // no build yet
        Rebuild(session);

        Content.Write("chapters/extra.md", "---\ntitle: Extra\norder: 2\nsummary: More.\n---\nNew page.\n");
        Assert.Null(session.BuildEditedPage(Saved(Content.PathOf("chapters/extra.md")))); // a new chapter
        Assert.Null(session.BuildEditedPage(Saved(Content.PathOf("banks/coding.yml"))));
        Assert.Null(session.BuildEditedPage([Content.PathOf("chapters/basics.md"), Content.PathOf("index.md")]));
        File.Delete(Content.PathOf("chapters/extra.md"));
        Assert.Null(session.BuildEditedPage([Content.PathOf("chapters/basics.md"), Content.PathOf("chapters/extra.md")]));
    }

    [Fact]
    public void A_save_through_a_temporary_file_still_takes_the_quick_path()
    {
        var session = new PreviewSession(new BuildOptions(Content.Root, RepoPaths.Theme, Content.OutputPath, Search: false));
        Rebuild(session);

        // `sed -i` and some editors write a scratch file beside the saved one and rename it over it.
        Content.Replace("chapters/basics.md", "Practice daily.", "Practice often.");
        string[] saved = [Content.PathOf("chapters/basics.md"), Content.PathOf("chapters/sedX1b2c3")];

        Assert.NotNull(session.BuildEditedPage(saved));
        Assert.Contains("Practice often.", File.ReadAllText(Path.Combine(Content.OutputPath, "chapters", "basics", "index.html")));
    }

    [Fact]
    public void Unchanged_files_keep_their_parse_but_their_links_are_checked_again_as_written()
    {
        var session = new PreviewSession(new BuildOptions(Content.Root, RepoPaths.Theme, Content.OutputPath, Search: false));
        Rebuild(session);

        // The chapter is untouched; the question it links to (xref:sum) gets another id.
        Content.Replace("banks/coding.yml", "id: sum", "id: total");
        var broken = session.Build();
        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Errors, e => e.Location.File.EndsWith("chapters/basics.md", StringComparison.Ordinal) && e.Message.Contains("unknown xref id 'sum'"));

        Content.Replace("banks/coding.yml", "id: total", "id: sum");
        Rebuild(session); // succeeds, and equals a clean build
    }
}
