using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using StudyGuide.CodeLanguages;

namespace StudyGuide.ContentTypes.Generation;

/// <summary>
/// The JSON Schema of each content file type (<c>schema/&lt;name&gt;.schema.json</c>), written from the
/// declarations: editors validate as you type by the same keys, shapes and required fields the loader checks.
/// </summary>
internal static class JsonSchemas
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The extensions a program file may have (<c>.go</c>): the <see cref="CodeField"/>s' pattern.</summary>
    public static string CodeFilePattern { get; } = $"({string.Join('|', CodeLanguages.Languages.All.Select(l => Regex.Escape(l.FileExtension)))})$";

    /// <summary>
    /// A practice file's fixed name, for any bank and question id: each language's rule with slugs for
    /// the two (<c>^slug/slug\.starter\.go$</c>).
    /// </summary>
    public static string PracticeFilePattern(PracticeRole role)
    {
        const string Placeholder = "\u0001";
        var rules = CodeLanguages.Languages.All.Select(l => Regex.Escape(l.PracticePath(role, Placeholder, Placeholder)).Replace(Regex.Escape(Placeholder), SlugPattern, StringComparison.Ordinal)).ToList();
        return rules.Count == 1 ? $"^{rules[0]}$" : $"^({string.Join('|', rules)})$";
    }

    /// <summary>A slug, without anchors.</summary>
    private const string SlugPattern = "[a-z0-9]+(-[a-z0-9]+)*";

    public static string Of(FileType file, ContentModel model)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
            json.WriteString("title", file.Title);
            json.WriteString("description", file.Description);
            WriteObjectBody(json, file.Fields);
            var kinds = file.Fields.Contains(BankType.Questions) ? model.QuestionKinds : [];
            if (kinds.Count > 0)
            {
                // A bank's questions have the fields of its kind.
                json.WriteStartArray("oneOf");
                foreach (var kind in kinds)
                {
                    json.WriteStartObject();
                    json.WriteStartObject("properties");
                    json.WriteStartObject("kind");
                    json.WriteStartArray("enum");
                    json.WriteStringValue(kind.Name);
                    json.WriteEndArray();
                    json.WriteEndObject();
                    json.WriteStartObject(BankType.Questions.Key);
                    json.WriteStartObject("items");
                    json.WriteString("$ref", $"#/definitions/{DefinitionOf(kind)}");
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteStartArray("required");
                    json.WriteStringValue("kind");
                    json.WriteEndArray();
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteStartObject("definitions");
            WriteDefinitions(json, file.Name == SiteType.File.Name);
            foreach (var kind in kinds)
            {
                json.WriteStartObject(DefinitionOf(kind));
                json.WriteString("title", $"A question of a {kind.Name} bank");
                WriteObjectBody(json, kind.AllFields);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary><c>system-design</c> → <c>systemDesignQuestion</c>.</summary>
    public static string DefinitionOf(QuestionKind kind) =>
        string.Concat(kind.Name.Split('-').Select((part, i) => i == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..])) + "Question";

    private static void WriteObjectBody(Utf8JsonWriter json, IReadOnlyList<Field> fields)
    {
        json.WriteString("type", "object");
        json.WriteBoolean("additionalProperties", false);
        json.WriteStartArray("required");
        foreach (var field in fields.Where(f => f.Required))
        {
            json.WriteStringValue(field.Key);
        }
        json.WriteEndArray();
        json.WriteStartObject("properties");
        foreach (var field in fields)
        {
            json.WriteStartObject(field.Key);
            WriteField(json, field);
            json.WriteString("description", field.Help);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void WriteField(Utf8JsonWriter json, Field field)
    {
        switch (field)
        {
            case TextField or MarkdownField or SitePathField:
                json.WriteString("$ref", "#/definitions/text");
                break;
            case SlugField:
                json.WriteString("$ref", "#/definitions/slug");
                break;
            case UrlField:
                json.WriteString("$ref", "#/definitions/url");
                break;
            case IntegerField:
                json.WriteString("type", "integer");
                break;
            case ChoiceField choice:
                json.WriteStartArray("enum");
                foreach (var value in choice.Values)
                {
                    json.WriteStringValue(value);
                }
                json.WriteEndArray();
                break;
            case SlugListField list:
                WriteArray(json, list.MinItems, "#/definitions/slug");
                break;
            case MarkdownListField list:
                WriteArray(json, list.MinItems, "#/definitions/text");
                break;
            case GroupField group:
                WriteObjectBody(json, group.Parts);
                break;
            case CodeField:
                json.WriteString("type", "string");
                json.WriteString("pattern", CodeFilePattern);
                break;
            case PracticeFileField practice:
                json.WriteString("type", "string");
                json.WriteString("pattern", PracticeFilePattern(practice.Role));
                break;
            case CategoryField category:
                json.WriteStartArray("enum");
                foreach (var value in category.Categories)
                {
                    json.WriteStringValue(value.Slug);
                }
                json.WriteEndArray();
                break;
            case OutputField:
                WriteScalarTypes(json);
                break;
            case LinkField:
                json.WriteString("type", "string");
                json.WriteString("pattern", "^(/(?!/)|xref:|https?://|mailto:)");
                break;
            case ListField { ItemFields: null } list:
                json.WriteString("type", "array");
                WriteMinItems(json, list.MinItems);
                break;
            case ListField list:
                json.WriteString("type", "array");
                WriteMinItems(json, list.MinItems);
                json.WriteStartObject("items");
                WriteObjectBody(json, list.ItemFields);
                json.WriteEndObject();
                break;
            default:
                throw new NotSupportedException($"no schema for a {field.GetType().Name}");
        }
    }

    private static void WriteArray(Utf8JsonWriter json, int minItems, string itemReference)
    {
        json.WriteString("type", "array");
        WriteMinItems(json, minItems);
        json.WriteStartObject("items");
        json.WriteString("$ref", itemReference);
        json.WriteEndObject();
    }

    private static void WriteMinItems(Utf8JsonWriter json, int minItems)
    {
        if (minItems > 0)
        {
            json.WriteNumber("minItems", minItems);
        }
    }

    private static void WriteScalarTypes(Utf8JsonWriter json)
    {
        json.WriteStartArray("type");
        json.WriteStringValue("string");
        json.WriteStringValue("number");
        json.WriteStringValue("boolean");
        json.WriteEndArray();
    }

    /// <summary>The shapes fields refer to: a single non-empty value, a slug, and (site settings) an address.</summary>
    private static void WriteDefinitions(Utf8JsonWriter json, bool withUrl)
    {
        json.WriteStartObject("text");
        json.WriteString("description", "A single non-empty value.");
        WriteScalarTypes(json);
        json.WriteNumber("minLength", 1);
        json.WriteString("pattern", @"\S");
        json.WriteEndObject();
        json.WriteStartObject("slug");
        json.WriteString("description", "Lowercase letters, digits and single hyphens, like 'two-sum'.");
        json.WriteString("type", "string");
        json.WriteString("pattern", $"^{SlugPattern}$");
        json.WriteEndObject();
        if (withUrl)
        {
            json.WriteStartObject("url");
            json.WriteString("description", "An absolute http(s) URL without credentials, query or fragment.");
            json.WriteString("type", "string");
            json.WriteString("pattern", @"^https?://[^\s/?#@]+(/[^\s?#]*)?$");
            json.WriteEndObject();
        }
    }
}
