using StudyGuide.Cli.Preview;
using StudyGuide.Pipeline;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Preview;

/// <summary>
/// The preview writes only what changed, yet its output is always byte-identical to a clean
/// build of the same content: checked after edits that touch one page, many pages, add a page
/// and remove one.
/// </summary>
public sealed class PreviewBuilderTests : IDisposable
{
    private readonly SampleContent _content = new();
    private readonly TempFolder _clean = new();

    public void Dispose()
    {
        _content.Dispose();
        _clean.Dispose();
    }

    private string _theme = RepoPaths.Theme;

    private void AssertSameAsCleanBuild()
    {
        var clean = _clean.Combine(Guid.NewGuid().ToString("N"));
        Assert.True(new SiteBuilder().Build(new BuildOptions(_content.Root, _theme, clean, Search: false)).Succeeded);
        var expected = FolderSnapshot.Of(clean);
        var actual = FolderSnapshot.Of(_content.OutputPath);
        FolderSnapshot.AssertSame(expected, actual, " from a clean build");
    }

    /// <summary>Runs a preview build and checks that it reported exactly the files whose bytes changed.</summary>
    private PreviewBuild Rebuild(PreviewBuilder builder)
    {
        var before = FolderSnapshot.Of(_content.OutputPath);
        var build = builder.Build();
        Assert.True(build.Succeeded, string.Join("\n", build.Errors));
        var after = FolderSnapshot.Of(_content.OutputPath);
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
        var builder = new PreviewBuilder(new BuildOptions(_content.Root, RepoPaths.Theme, _content.OutputPath, Search: false));
        var first = Rebuild(builder);
        Assert.Equal(first.PageCount, first.PagesRendered);

        _content.Replace("chapters/basics.md", "Practice daily.", "Practice every day.");
        var bodyEdit = Rebuild(builder);
        // The chapter's own page, and the whole-guide print page that includes every chapter.
        Assert.Equal(["chapters/basics/index.html", "print/index.html"], bodyEdit.Changed);
        Assert.Equal(2, bodyEdit.PagesRendered);

        Assert.Empty(Rebuild(builder).Changed);

        _content.Replace("banks/coding.yml", "title: Sum of a slice", "title: Sum of all numbers");
        Assert.Contains("problems/index.html", Rebuild(builder).Changed);

        _content.Write("chapters/extra.md", "---\ntitle: Extra\norder: 2\nsummary: More.\n---\nNew page.\n");
        Assert.Contains("chapters/extra/index.html", Rebuild(builder).Changed);

        File.Delete(_content.PathOf("chapters/extra.md"));
        Assert.Contains("chapters/extra/index.html", Rebuild(builder).Changed);
        Assert.False(Directory.Exists(Path.Combine(_content.OutputPath, "chapters", "extra")));
    }

    [Fact]
    public void A_failed_rebuild_changes_no_file()
    {
        var builder = new PreviewBuilder(new BuildOptions(_content.Root, RepoPaths.Theme, _content.OutputPath, Search: false));
        Rebuild(builder);
        var before = FolderSnapshot.Of(_content.OutputPath);

        _content.Replace("chapters/basics.md", "Practice daily.", "Practice [daily](xref:nowhere).");
        var build = builder.Build();

        Assert.False(build.Succeeded);
        Assert.Contains(build.Errors, e => e.Message.Contains("unknown xref id 'nowhere'"));
        Assert.Empty(build.Changed);
        var after = FolderSnapshot.Of(_content.OutputPath);
        FolderSnapshot.AssertSame(before, after);
    }

    [Fact]
    public void A_theme_edit_rerenders_every_page()
    {
        _theme = _clean.Combine("theme");
        TempFolder.CopyDirectory(RepoPaths.Theme, _theme);
        var builder = new PreviewBuilder(new BuildOptions(_content.Root, _theme, _content.OutputPath, Search: false));
        Rebuild(builder);

        var footer = Path.Combine(_theme, "layouts", "partials", "footer.sbn-html");
        File.WriteAllText(footer, File.ReadAllText(footer).Replace("</footer>", "<p>Edited footer.</p>\n</footer>"));
        var build = Rebuild(builder);

        Assert.Equal(build.PageCount, build.PagesRendered);
        Assert.Contains("Edited footer.", File.ReadAllText(Path.Combine(_content.OutputPath, "index.html")));
    }

    private static ChangeBatch Saved(string path) => new([path], System.Diagnostics.Stopwatch.GetTimestamp());

    [Fact]
    public void An_edited_chapter_page_is_written_first_with_the_bytes_of_a_clean_build()
    {
        var builder = new PreviewBuilder(new BuildOptions(_content.Root, RepoPaths.Theme, _content.OutputPath, Search: false));
        Rebuild(builder);

        _content.Replace("chapters/basics.md", "Practice daily.", "Practice every day.");
        var page = builder.BuildEditedPage(Saved(_content.PathOf("chapters/basics.md")));

        Assert.NotNull(page);
        Assert.True(page.EditedPageOnly);
        Assert.Equal(["chapters/basics/index.html"], page.Changed);
        Assert.Contains("Practice every day.", File.ReadAllText(Path.Combine(_content.OutputPath, "chapters", "basics", "index.html")));
        // The full build that follows finds that page already right; only the print page is left.
        Assert.Equal(["print/index.html"], Rebuild(builder).Changed);
    }

    [Fact]
    public void A_quick_page_checks_its_links_against_its_new_headings()
    {
        var builder = new PreviewBuilder(new BuildOptions(_content.Root, RepoPaths.Theme, _content.OutputPath, Search: false));
        Rebuild(builder);

        _content.Replace("chapters/basics.md", "## First steps", "## Getting started");
        _content.Replace("chapters/basics.md", "(#first-steps)", "(#getting-started)");

        Assert.NotNull(builder.BuildEditedPage(Saved(_content.PathOf("chapters/basics.md"))));
        Assert.Contains("href=\"#getting-started\"", File.ReadAllText(Path.Combine(_content.OutputPath, "chapters", "basics", "index.html")));
        Assert.DoesNotContain("chapters/basics/index.html", Rebuild(builder).Changed);
    }

    [Theory]
    [InlineData("Practice daily.", "Practice [daily](xref:nowhere).")] // an error: the full build reports it
    [InlineData("order: 1", "order: 5")] // its place in the guide changes: the neighbours' pages too
    [InlineData("## First steps", "## Getting started")] // its own link to #first-steps breaks
    public void Edits_that_need_more_than_one_page_take_no_quick_path(string oldText, string newText)
    {
        var builder = new PreviewBuilder(new BuildOptions(_content.Root, RepoPaths.Theme, _content.OutputPath, Search: false));
        Rebuild(builder);
        var before = FolderSnapshot.Of(_content.OutputPath);

        _content.Replace("chapters/basics.md", oldText, newText);

        Assert.Null(builder.BuildEditedPage(Saved(_content.PathOf("chapters/basics.md"))));
        Assert.Equal(before.Keys.Order(), FolderSnapshot.Of(_content.OutputPath).Keys.Order());
        Assert.All(before, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(_content.OutputPath, pair.Key)))));
    }

    [Fact]
    public void Only_a_single_chapter_file_takes_the_quick_path()
    {
        var builder = new PreviewBuilder(new BuildOptions(_content.Root, RepoPaths.Theme, _content.OutputPath, Search: false));
        Assert.Null(builder.BuildEditedPage(Saved(_content.PathOf("chapters/basics.md")))); // no build yet
        Rebuild(builder);

        _content.Write("chapters/extra.md", "---\ntitle: Extra\norder: 2\nsummary: More.\n---\nNew page.\n");
        Assert.Null(builder.BuildEditedPage(Saved(_content.PathOf("chapters/extra.md")))); // a new chapter
        Assert.Null(builder.BuildEditedPage(Saved(_content.PathOf("banks/coding.yml"))));
        Assert.Null(builder.BuildEditedPage(new ChangeBatch([_content.PathOf("chapters/basics.md"), _content.PathOf("index.md")], 0)));
        File.Delete(_content.PathOf("chapters/extra.md"));
        Assert.Null(builder.BuildEditedPage(new ChangeBatch([_content.PathOf("chapters/basics.md"), _content.PathOf("chapters/extra.md")], 0)));
    }

    [Fact]
    public void A_save_through_a_temporary_file_still_takes_the_quick_path()
    {
        var builder = new PreviewBuilder(new BuildOptions(_content.Root, RepoPaths.Theme, _content.OutputPath, Search: false));
        Rebuild(builder);

        // `sed -i` and some editors write a scratch file beside the saved one and rename it over it.
        _content.Replace("chapters/basics.md", "Practice daily.", "Practice often.");
        var batch = new ChangeBatch([_content.PathOf("chapters/basics.md"), _content.PathOf("chapters/sedX1b2c3")], 0);

        Assert.NotNull(builder.BuildEditedPage(batch));
        Assert.Contains("Practice often.", File.ReadAllText(Path.Combine(_content.OutputPath, "chapters", "basics", "index.html")));
    }

    [Fact]
    public void Unchanged_files_keep_their_parse_but_their_links_are_checked_again_as_written()
    {
        var builder = new PreviewBuilder(new BuildOptions(_content.Root, RepoPaths.Theme, _content.OutputPath, Search: false));
        Rebuild(builder);

        // The chapter is untouched; the question it links to (xref:sum) gets another id.
        _content.Replace("banks/coding.yml", "id: sum", "id: total");
        var broken = builder.Build();
        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Errors, e => e.Location.File.EndsWith("chapters/basics.md", StringComparison.Ordinal) && e.Message.Contains("unknown xref id 'sum'"));

        _content.Replace("banks/coding.yml", "id: total", "id: sum");
        Rebuild(builder); // succeeds, and equals a clean build
    }
}
