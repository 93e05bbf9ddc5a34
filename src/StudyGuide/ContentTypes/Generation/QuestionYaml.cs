using System.Text;

namespace StudyGuide.ContentTypes.Generation;

/// <summary>
/// The commented YAML of a new question (<c>studyguide new problem</c>), from its kind's fields: every
/// field in order, each under a comment with its help text, with its example value.
/// </summary>
public static class QuestionYaml
{
    /// <summary>
    /// The question as YAML lines at indentation 0, a list item (the bank appender indents it).
    /// <paramref name="values"/> fill the examples' placeholders: <c>id</c>, <c>title</c>, <c>topic</c>, <c>code</c>, <c>output</c>.
    /// </summary>
    public static string Of(QuestionKind kind, IReadOnlyDictionary<string, string> values)
    {
        var yaml = new StringBuilder();
        foreach (var field in kind.AllFields)
        {
            // The item starts with its id, as every question in a bank does; the comments follow.
            if (field == QuestionFields.Id)
            {
                yaml.Append("- ").Append(field.Key).Append(": ").Append(Fill(field.Example, values)).Append('\n');
                continue;
            }
            Write(yaml, field, values, "  ");
        }
        return yaml.ToString();
    }

    private static void Write(StringBuilder yaml, Field field, IReadOnlyDictionary<string, string> values, string indent)
    {
        yaml.Append(indent).Append("# ").Append(field.Help).Append('\n');
        yaml.Append(indent).Append(field.Key).Append(':');
        var example = Fill(field.Example.Length > 0 ? field.Example : field.Help, values);
        switch (field)
        {
            case GroupField group:
                yaml.Append('\n');
                foreach (var part in group.Parts)
                {
                    Write(yaml, part, values, indent + "  ");
                }
                return;
            case MarkdownListField:
                yaml.Append('\n');
                var items = example.StartsWith("- ", StringComparison.Ordinal) ? example : "- " + example;
                Lines(yaml, items, indent + "  ");
                return;
            case MarkdownField { Inline: false } or OutputField:
                yaml.Append(" |\n");
                Lines(yaml, example, indent + "  ");
                return;
            default:
                yaml.Append(' ').Append(example).Append('\n');
                return;
        }
    }

    private static void Lines(StringBuilder yaml, string text, string indent)
    {
        foreach (var line in text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n'))
        {
            yaml.Append(line.Length == 0 ? "" : indent).Append(line).Append('\n');
        }
    }

    private static string Fill(string example, IReadOnlyDictionary<string, string> values)
    {
        foreach (var (name, value) in values)
        {
            example = example.Replace($"{{{name}}}", value, StringComparison.Ordinal);
        }
        return example;
    }
}
