using StudyGuide.Content;
using StudyGuide.Diagnostics;
using StudyGuide.Loading;

namespace StudyGuide.Cli.Scaffolding;

/// <summary>
/// The content a new file joins: loaded the way the build loads it, so a scaffold refuses exactly
/// the ids the build would refuse (taken anywhere on the site, reserved, not a slug). Errors in
/// other files do not stop a scaffold; only an unreadable site.yml does.
/// </summary>
internal sealed class ExistingContent
{
    private readonly HashSet<string> _ids;

    /// <summary>The errors loading found, for a scaffold that needs a file they concern.</summary>
    private readonly IReadOnlyList<Diagnostic> _errors;

    private ExistingContent(InputFolder input, ContentSet content, IReadOnlyList<Diagnostic> errors)
    {
        Input = input;
        Content = content;
        _errors = errors;
        _ids = content.Chapters.Select(c => c.Id)
            .Concat(content.Banks.SelectMany(b => b.Questions.Select(q => q.Id).Prepend(b.Id)))
            .Concat(content.Checklists.Select(c => c.Id))
            .ToHashSet(StringComparer.Ordinal);
    }

    public InputFolder Input { get; }

    public ContentSet Content { get; }

    /// <param name="model">The content types (by default the guide's).</param>
    public static ExistingContent Load(string inputPath, ContentTypes.ContentModel? model = null)
    {
        var input = new InputFolder(inputPath);
        var diagnostics = new DiagnosticBag();
        var content = new ContentLoader(model).Load(input, diagnostics);
        if (content is null)
        {
            var first = diagnostics.Sorted() is [var firstError, ..] ? firstError.ToString() : $"{inputPath}: cannot be read";
            throw new ScaffoldException($"cannot read the content to check ids: {first}");
        }
        return new ExistingContent(input, content, diagnostics.Sorted());
    }

    /// <summary>The errors of the content file <paramref name="pathWithoutExtension"/>, whichever YAML extension it has.</summary>
    public IReadOnlyList<Diagnostic> ErrorsOf(string pathWithoutExtension)
    {
        var display = Input.DisplayPath(pathWithoutExtension);
        return _errors.Where(d => Path.ChangeExtension(d.Location.File, null) == display).ToList();
    }

    /// <summary>Refuses an id that is not a slug, is reserved, is taken, or whose file already exists.</summary>
    public void CheckNewId(string id, string kind, string? file = null)
    {
        if (!Slug.IsValid(id))
        {
            var suggestion = Slug.From(id);
            throw new ScaffoldException($"'{id}' is not a valid {kind} id: ids are lowercase letters, digits and single hyphens"
                + (suggestion.Length > 0 ? $", like '{suggestion}'" : ""));
        }
        if (ContentLoader.ReservedIds.Contains(id))
        {
            throw new ScaffoldException($"'{id}' is reserved for a site section; choose another id");
        }
        if (_ids.Contains(id))
        {
            throw new ScaffoldException($"the id '{id}' is already used on this site (ids are unique across chapters, banks, questions and checklists); choose another");
        }
        if (file is not null && File.Exists(file))
        {
            throw new ScaffoldException($"{Input.DisplayPath(file)} already exists");
        }
    }

    /// <summary>"my-first-problem" → "My first problem": a placeholder title the contributor will replace.</summary>
    public static string TitleOf(string id)
    {
        var words = id.Replace('-', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>
    /// A one-file scaffold: <c>input/&lt;folder&gt;/&lt;id&gt;&lt;extension&gt;</c>, refused like any new id, with the text
    /// <paramref name="text"/> makes from the id, its placeholder title and the next free order. Returns the display path.
    /// </summary>
    public string CreateNamedFile(string kind, string folder, string extension, string id, IEnumerable<int> orders, Func<string, string, int, string> text)
    {
        var path = Input.PathOf(folder, id + extension);
        CheckNewId(id, kind, path);
        return Create(path, text(id, TitleOf(id), orders.DefaultIfEmpty(0).Max() + 1));
    }

    /// <summary>Writes a new file (creating its folder) and returns its display path.</summary>
    public string Create(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var stream = new FileStream(path, FileMode.CreateNew))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(text);
        }
        return Input.DisplayPath(path);
    }
}
