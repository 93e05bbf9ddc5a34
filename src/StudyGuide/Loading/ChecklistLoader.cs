using StudyGuide.Content;
using StudyGuide.Diagnostics;

namespace StudyGuide.Loading;

/// <summary>Reads <c>input/checklists/*.yml</c>.</summary>
public sealed class ChecklistLoader
{
    /// <summary>Top-level keys; public so the JSON schema tests can hold the schema to them.</summary>
    public static readonly IReadOnlyList<string> Required = ["id", "title", "intro", "sections"];
    public static readonly IReadOnlyList<string> Optional = ["order"];

    public Checklist? Load(InputFolder input, string path, DiagnosticBag diagnostics)
    {
        var text = input.ReadText(path, diagnostics);
        var map = text is null ? null : YamlFile.Parse(input.DisplayPath(path), text, diagnostics);
        if (map is null)
        {
            return null;
        }
        map.CheckKeys(Required, Optional);
        var id = FileIdReader.Read(map, path);
        var title = map.String("title");
        var intro = map.Markdown("intro");
        var order = map.Has("order") ? map.Int("order") : int.MaxValue;
        var sections = map.MapList("sections").Select(LoadSection).OfType<ChecklistSection>().ToList();
        if (map.Has("sections") && sections.Count == 0)
        {
            diagnostics.Error(map.LocationOf("sections"), "'sections' needs at least one section with items");
        }

        var seen = new HashSet<string>();
        foreach (var item in sections.SelectMany(s => s.Items))
        {
            if (!seen.Add(item.Id))
            {
                diagnostics.Error(item.Text.Origin, $"two items of this checklist have the id '{item.Id}'; give one of them an explicit 'id:'");
            }
        }

        if (id is null)
        {
            return null;
        }
        return new Checklist(id, map.LocationOf("id"), input.RepositoryPath(path), title ?? id, intro ?? map.MissingMarkdown("intro"),
            order ?? int.MaxValue, sections);
    }

    private static ChecklistSection? LoadSection(YamlMap map)
    {
        map.CheckKeys(["title", "items"], []);
        var title = map.String("title");
        var items = map.MapList("items").Select(LoadItem).OfType<ChecklistItem>().ToList();
        if (map.Has("items") && items.Count == 0)
        {
            map.File.Diagnostics.Error(map.LocationOf("items"), "'items' needs at least one item with 'text'");
        }
        return new ChecklistSection(title ?? "", items);
    }

    private static ChecklistItem? LoadItem(YamlMap map)
    {
        map.CheckKeys(["text"], ["note", "id"]);
        var text = map.Markdown("text");
        var note = map.Has("note") ? map.Markdown("note") : null;
        var id = map.Has("id") ? map.Id("id") : text is null ? null : Slug.From(text.Text);
        return text is not null && !string.IsNullOrEmpty(id) ? new ChecklistItem(id, text, note) : null;
    }
}
