using StudyGuide.Routing;

namespace StudyGuide.Cli.Scaffolding;

/// <summary><c>studyguide new chapter &lt;id&gt;</c>: <c>input/chapters/&lt;id&gt;.md</c>, ordered after the last chapter.</summary>
internal static class ChapterScaffold
{
    public static Scaffold Create(ExistingContent content, string id)
    {
        var file = content.CreateNamedFile("chapter", "chapters", ".md", id, content.Content.Chapters.Select(c => c.Order), Text);
        return new Scaffold(
            [$"Created {file}"],
            [
                $"Edit the front matter of {file}:2 (title, order, summary, tags; each line is commented), then replace the body.",
                .. Scaffold.PreviewAndCheck(Routes.Chapter.For(id)),
            ]);
    }

    // The body holds no HTML comments: the site escapes raw HTML, so they would show as text.
    private static string Text(string id, string title, int order) => $"""
        ---
        # The chapter's title: the page heading and its name in every list. Plain text.
        title: {title}
        # Position in the reading order; chapters are sorted by it.
        order: {order}
        # One or two plain sentences for the home page and the chapter list.
        summary: What a reader gets from this chapter, in one or two sentences.
        # Topic slugs; the topics page groups this chapter with the questions on them. [] for none.
        tags: []
        ---

        ## First section

        The title above is the page's heading, so sections start at `##` and subsections at `###`.
        Each `##` and `###` heading is listed in the table of contents.

        Link to any chapter, question or checklist by its id, like `[Two Sum](xref:two-sum)`, and
        to a heading of it with `xref:id#heading-id`. Code in fences marked `go` is highlighted.

        ::: tip
        Callouts are `tip`, `note` or `warning`. Keep them to one or two sentences.
        :::

        """;
}
