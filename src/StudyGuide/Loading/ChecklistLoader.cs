using StudyGuide.Content;
using StudyGuide.ContentTypes;
using StudyGuide.Diagnostics;

namespace StudyGuide.Loading;

/// <summary>Reads <c>input/checklists/*.yml</c>.</summary>
internal sealed class ChecklistLoader
{
    public Checklist? Load(InputFolder input, string path, DiagnosticBag diagnostics)
    {
        var text = input.ReadText(path, diagnostics);
        var map = text is null ? null : YamlFile.Parse(input.DisplayPath(path), text, diagnostics);
        if (map is null)
        {
            return null;
        }
        map.CheckKeys(ChecklistType.File.Keys);
        var id = FileIdReader.Read(map, path);
        var title = map.String(ChecklistType.Title.Key);
        var intro = map.Markdown(ChecklistType.Intro.Key);
        var order = map.Has(ChecklistType.Order.Key) ? map.Int(ChecklistType.Order.Key) : int.MaxValue;
        var sections = map.MapList(ChecklistType.Sections.Key).Select(LoadSection).OfType<ChecklistSection>().ToList();
        if (map.Has(ChecklistType.Sections.Key) && sections.Count == 0)
        {
            diagnostics.Error(map.LocationOf(ChecklistType.Sections.Key), "'sections' needs at least one section with items");
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
        return new Checklist(id, map.LocationOf(ChecklistType.Id.Key), input.RepositoryPath(path), title ?? id, intro ?? map.MissingMarkdown(ChecklistType.Intro.Key),
            order ?? int.MaxValue, sections);
    }

    private static ChecklistSection? LoadSection(YamlMap map)
    {
        map.CheckKeys([ChecklistType.SectionTitle.Key, ChecklistType.Items.Key], []);
        var title = map.String(ChecklistType.SectionTitle.Key);
        var items = map.MapList(ChecklistType.Items.Key).Select(LoadItem).OfType<ChecklistItem>().ToList();
        if (map.Has(ChecklistType.Items.Key) && items.Count == 0)
        {
            map.File.Diagnostics.Error(map.LocationOf(ChecklistType.Items.Key), "'items' needs at least one item with 'text'");
        }
        return new ChecklistSection(title ?? "", items);
    }

    private static ChecklistItem? LoadItem(YamlMap map)
    {
        map.CheckKeys([ChecklistType.ItemText.Key], [ChecklistType.ItemNote.Key, ChecklistType.ItemId.Key]);
        var text = map.Markdown(ChecklistType.ItemText.Key);
        var note = map.Has(ChecklistType.ItemNote.Key) ? map.Markdown(ChecklistType.ItemNote.Key) : null;
        var id = map.Has(ChecklistType.ItemId.Key) ? map.Id(ChecklistType.ItemId.Key) : text is null ? null : Slug.From(text.Text);
        return text is not null && !string.IsNullOrEmpty(id) ? new ChecklistItem(id, text, note) : null;
    }
}
