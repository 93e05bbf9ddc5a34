using StudyGuide.Content;
using StudyGuide.Diagnostics;

namespace StudyGuide.Loading;

/// <summary>Reads <c>input/checklists/*.yml</c>.</summary>
public sealed class ChecklistLoader
{
    private static readonly string[] Required = ["id", "title", "intro", "sections"];
    private static readonly string[] Optional = ["order"];

    public Checklist? Load(InputFolder input, string path, DiagnosticBag diagnostics)
    {
        var map = YamlFile.Parse(input.DisplayPath(path), File.ReadAllText(path), diagnostics);
        if (map is null)
        {
            return null;
        }
        var complete = map.CheckKeys(Required, Optional);
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

        if (!complete || id is null || title is null || intro is null || order is null)
        {
            return null;
        }
        return new Checklist(id, map.LocationOf("id"), input.RepositoryPath(path), title, intro, order.Value, sections);
    }

    private static ChecklistSection? LoadSection(YamlMap map)
    {
        var complete = map.CheckKeys(["title", "items"], []);
        var title = map.String("title");
        var items = map.MapList("items").Select(LoadItem).OfType<ChecklistItem>().ToList();
        if (map.Has("items") && items.Count == 0)
        {
            map.File.Diagnostics.Error(map.LocationOf("items"), "'items' needs at least one item with 'text'");
        }
        return complete && title is not null ? new ChecklistSection(title, items) : null;
    }

    private static ChecklistItem? LoadItem(YamlMap map)
    {
        var complete = map.CheckKeys(["text"], ["note", "id"]);
        var text = map.Markdown("text");
        var note = map.Has("note") ? map.Markdown("note") : null;
        var id = map.Has("id") ? map.Id("id") : text is null ? null : Slug.From(text.Text);
        return complete && text is not null && !string.IsNullOrEmpty(id) ? new ChecklistItem(id, text, note) : null;
    }
}
