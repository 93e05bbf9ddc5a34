namespace StudyGuide.ContentTypes;

/// <summary>
/// A kind of content file and its keys, with what its JSON Schema says about it: the schema in
/// <c>schema/</c> and the field table of docs/content-model.md are generated from this.
/// </summary>
/// <param name="Name">Names its schema (<c>schema/&lt;name&gt;.schema.json</c>) and its docs table.</param>
/// <param name="Title">The schema's title, with the file it describes.</param>
/// <param name="Description">The schema's description.</param>
public sealed record FileType(string Name, string Title, string Description, IReadOnlyList<Field> Fields)
{
    public string SchemaFile => $"{Name}.schema.json";

    public AllowedKeys Keys => AllowedKeys.Of(Fields);
}

/// <summary>The keys a mapping must have and the keys it may have, as the loaders check them.</summary>
public sealed record AllowedKeys(IReadOnlyList<string> Required, IReadOnlyList<string> Optional)
{
    public static AllowedKeys Of(IEnumerable<Field> fields)
    {
        var all = fields.ToList();
        return new(all.Where(f => f.Required).Select(f => f.Key).ToList(), all.Where(f => !f.Required).Select(f => f.Key).ToList());
    }
}

/// <summary>A value of the search's type filter: what pages carry in <c>data-pagefind-filter</c>, and what readers see.</summary>
public sealed record Facet(string Value, string Label);
