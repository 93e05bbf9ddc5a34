namespace StudyGuide.Content;

/// <summary>A Markdown chapter from <c>input/chapters/&lt;id&gt;.md</c>.</summary>
/// <param name="Id">Slug from the file name; also the URL segment.</param>
/// <param name="SourcePath">Path relative to the repository root, for errors and edit links.</param>
/// <param name="Order">Sort key from front matter.</param>
/// <param name="Tags">Topic slugs.</param>
public sealed record Chapter(
    string Id,
    string SourcePath,
    string Title,
    int Order,
    string Summary,
    IReadOnlyList<string> Tags,
    MarkdownSource Body);

/// <summary>The home page text, <c>input/index.md</c>.</summary>
public sealed record HomePage(string SourcePath, string Title, MarkdownSource Body);
