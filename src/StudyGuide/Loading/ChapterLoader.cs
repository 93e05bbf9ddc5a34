using StudyGuide.Content;
using StudyGuide.ContentTypes;
using StudyGuide.Diagnostics;

namespace StudyGuide.Loading;

/// <summary>Reads <c>input/chapters/*.md</c> and <c>input/index.md</c>.</summary>
internal sealed class ChapterLoader
{
    private readonly AllowedKeys _keys = ChapterType.File.Keys;

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
        yaml.CheckKeys(_keys);
        var title = yaml.String(ChapterType.Title.Key);
        var order = yaml.Int(ChapterType.Order.Key);
        var summary = yaml.String(ChapterType.Summary.Key);
        var tags = TopicReader.Read(yaml, ChapterType.Tags.Key);
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
            yaml.CheckKeys([], [HomeType.Title.Key]);
            title = yaml.String(HomeType.Title.Key);
        }
        return new HomePage(input.RepositoryPath(path), title ?? "Home", body);
    }
}
