using StudyGuide.Content;
using StudyGuide.Diagnostics;

namespace StudyGuide.Loading;

/// <summary>Reads <c>input/chapters/*.md</c> and <c>input/index.md</c>.</summary>
public sealed class ChapterLoader
{
    /// <summary>Front matter keys; public so the JSON schema tests can hold the schema to them.</summary>
    public static readonly IReadOnlyList<string> Required = ["title", "order", "summary"];
    public static readonly IReadOnlyList<string> Optional = ["tags"];

    public Chapter? Load(InputFolder input, string path, DiagnosticBag diagnostics)
    {
        var display = input.DisplayPath(path);
        var id = Path.GetFileNameWithoutExtension(path);
        if (!Slug.IsValid(id))
        {
            diagnostics.Error(SourceLocation.StartOf(display), $"chapter file names are their ids and must be slugs: rename it to '{Slug.From(id)}.md'");
            return null;
        }

        if (input.ReadText(path, diagnostics) is not { } text)
        {
            return null;
        }
        var (yaml, body) = FrontMatter.Split(display, text, diagnostics, required: true);
        if (yaml is null)
        {
            return new Chapter(id, input.RepositoryPath(path), id, 0, "", [], body);
        }
        yaml.CheckKeys(Required, Optional);
        var title = yaml.String("title");
        var order = yaml.Int("order");
        var summary = yaml.String("summary");
        var tags = TopicReader.Read(yaml, "tags");
        // Missing values were reported; defaults let the link stage still check this chapter.
        return new Chapter(id, input.RepositoryPath(path), title ?? id, order ?? 0, summary ?? "", tags, body);
    }

    public HomePage LoadHome(InputFolder input, DiagnosticBag diagnostics)
    {
        var path = input.PathOf("index.md");
        // Missing is fine (the home page is then empty); present but unreadable is an error, and the empty page stands in.
        if (!input.Exists(path) || input.ReadText(path, diagnostics) is not { } text)
        {
            return new HomePage(input.RepositoryPath(path), "Home", new MarkdownSource("", SourceLocation.StartOf(input.DisplayPath(path)), FrontMatter.BodyKey));
        }
        var (yaml, body) = FrontMatter.Split(input.DisplayPath(path), text, diagnostics, required: false);
        string? title = null;
        if (yaml is not null)
        {
            yaml.CheckKeys([], ["title"]);
            title = yaml.String("title");
        }
        return new HomePage(input.RepositoryPath(path), title ?? "Home", body);
    }
}
