using StudyGuide.Content;
using StudyGuide.ContentTypes;

namespace StudyGuide.Loading;

/// <summary>
/// Reads a question kind's own fields by their declarations, each on its own: a missing or broken
/// field is reported and the others are still read, so the Markdown of every field that is there
/// gets parsed and link-checked in the same run.
/// </summary>
internal static class FieldReader
{
    /// <summary>
    /// The values of <paramref name="fields"/> that <paramref name="map"/> has, in their order. The program
    /// fields are the loader's; a practice file is read by <paramref name="readFile"/> (without it, skipped).
    /// </summary>
    public static IReadOnlyList<FieldValue> ReadAll(YamlMap map, IEnumerable<Field> fields, Func<PracticeFileField, FieldValue?>? readFile = null) =>
        fields.Select(field => map.Has(field.Key) ? Read(map, field, readFile) : null).OfType<FieldValue>().ToList();

    private static FieldValue? Read(YamlMap map, Field field, Func<PracticeFileField, FieldValue?>? readFile) => field switch
    {
        TextField => map.String(field.Key) is { } text ? new TextValue(field, text) : null,
        CategoryField category => map.Choice(field.Key, category.BySlug) is { } chosen ? new CategoryValue(field, chosen) : null,
        PracticeFileField file => readFile?.Invoke(file),
        MarkdownField => map.Markdown(field.Key) is { } source ? new MarkdownValue(field, source) : null,
        MarkdownListField list => ReadList(map, list),
        GroupField group => ReadGroup(map, group),
        CodeField or OutputField => null,
        _ => throw new NotSupportedException($"a question field cannot be a {field.GetType().Name} yet ('{field.Key}')"),
    };

    private static MarkdownListValue ReadList(YamlMap map, MarkdownListField field)
    {
        var items = map.MarkdownList(field.Key);
        if (items.Count < field.MinItems)
        {
            var advice = field.Advice is null ? "" : $"; {field.Advice}";
            map.File.Diagnostics.Error(map.LocationOf(field.Key), $"'{field.Key}' needs at least {Count(field.MinItems, field.ItemLabel)}{advice}");
        }
        return new MarkdownListValue(field, items);
    }

    private static string Count(int count, string itemLabel) =>
        count == 1 ? $"one {itemLabel.ToLowerInvariant()}" : $"{count} {itemLabel.ToLowerInvariant()}s";

    /// <summary>The parts that are there, even when others are missing (reported by the key check).</summary>
    private static GroupValue? ReadGroup(YamlMap map, GroupField field)
    {
        if (map.Map(field.Key) is not { } group)
        {
            return null;
        }
        group.CheckKeys(AllowedKeys.Of(field.Parts));
        return new GroupValue(field, ReadAll(group, field.Parts, null));
    }
}
