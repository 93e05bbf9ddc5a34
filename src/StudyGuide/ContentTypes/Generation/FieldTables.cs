using System.Text;

namespace StudyGuide.ContentTypes.Generation;

/// <summary>
/// The field tables of docs/content-model.md, written from the declarations between marker lines
/// (<c>&lt;!-- fields:NAME --&gt;</c> … <c>&lt;!-- /fields --&gt;</c>), so the reference cannot drift from what the build checks.
/// </summary>
internal static class FieldTables
{
    private const string End = "<!-- /fields -->";

    /// <summary>The tables by name: one per file type, one for every question's fields, one per question kind.</summary>
    public static IReadOnlyDictionary<string, string> All(ContentModel model)
    {
        var tables = model.FileTypes.ToDictionary(f => f.Name, f => Table(f.Fields));
        tables["question"] = Table([.. QuestionFields.Leading, .. QuestionFields.Trailing]);
        foreach (var kind in model.QuestionKinds)
        {
            tables[$"question-{kind.Name}"] = kind.Fields.Count == 0 ? "No fields of its own.\n" : Table(kind.Fields);
        }
        foreach (var field in model.QuestionKinds.SelectMany(k => k.Fields).OfType<CategoryField>().Distinct())
        {
            tables[$"{field.Key}-values"] = Categories(field.Categories);
        }
        return tables;
    }

    /// <summary>A <see cref="CategoryField"/>'s slugs and names in two pairs of columns, read down the first pair, then the second.</summary>
    private static string Categories(IReadOnlyList<CodingCategory> categories)
    {
        var table = new StringBuilder("| slug | name | slug | name |\n|---|---|---|---|\n");
        var rows = (categories.Count + 1) / 2;
        for (var i = 0; i < rows; i++)
        {
            var right = i + rows < categories.Count ? $" `{categories[i + rows].Slug}` | {Cell(categories[i + rows].Name)} |" : "  |  |";
            table.Append(System.Globalization.CultureInfo.InvariantCulture, $"| `{categories[i].Slug}` | {Cell(categories[i].Name)} |{right}\n");
        }
        return table.ToString();
    }

    /// <summary><paramref name="document"/> with the text between each pair of markers replaced by its table.</summary>
    public static string Fill(string document, ContentModel model)
    {
        var text = document.Replace("\r\n", "\n");
        foreach (var (name, table) in All(model))
        {
            var start = $"<!-- fields:{name} -->\n";
            var at = text.IndexOf(start, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new InvalidOperationException($"docs/content-model.md has no '{start.TrimEnd()}' line for the {name} fields");
            }
            var from = at + start.Length;
            var to = text.IndexOf(End, from, StringComparison.Ordinal);
            text = string.Concat(text.AsSpan(0, from), table, text.AsSpan(to));
        }
        return text;
    }

    private static string Table(IEnumerable<Field> fields)
    {
        var table = new StringBuilder("| key | required | value | what to write |\n|---|---|---|---|\n");
        Rows(table, fields, "");
        return table.ToString();
    }

    private static void Rows(StringBuilder table, IEnumerable<Field> fields, string prefix)
    {
        foreach (var field in fields)
        {
            table.Append(System.Globalization.CultureInfo.InvariantCulture, $"| `{prefix}{field.Key}` | {(field.Required ? "yes" : "no")} | {Cell(field.Shape)} | {Cell(field.Help)} |\n");
            switch (field)
            {
                case GroupField group:
                    Rows(table, group.Parts, $"{prefix}{field.Key}.");
                    break;
                case ListField { ItemFields: { } items }:
                    Rows(table, items, $"{prefix}{field.Key}[].");
                    break;
            }
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
}
