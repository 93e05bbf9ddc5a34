using NJsonSchema;
using NJsonSchema.Validation;
using StudyGuide.ContentTypes;
using StudyGuide.ContentTypes.Generation;
using StudyGuide.Loading;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Schemas;

/// <summary>
/// The JSON Schemas in schema/ (what editors validate as you type) and the loader (what the build
/// validates) agree: every shipped file passes its schema, the schemas allow exactly the keys the
/// loader allows, and every class of error the loader rejects, the schema rejects too.
/// </summary>
public sealed class SchemaTests : SampleContentTest
{
    private static string SchemaPath(string name) => Path.Combine(RepoPaths.Root, "schema", name);

    private static JsonSchema Schema(string name) => JsonSchema.FromFileAsync(SchemaPath(name)).GetAwaiter().GetResult();

    private static ICollection<ValidationError> Validate(string schema, string yaml) => Schema(schema).Validate(YamlJson.Convert(yaml));

    private static string FrontMatter(string markdown) => markdown.Replace("\r\n", "\n").Split("---\n")[1];

    /// <summary>Every YAML file of input/, with the schema it must name on its first line (relative to itself).</summary>
    public static TheoryData<string, string> ShippedYamlFiles()
    {
        var data = new TheoryData<string, string> { { "site.yml", "../schema/site.schema.json" } };
        foreach (var (folder, schema) in new[] { ("banks", "bank.schema.json"), ("checklists", "checklist.schema.json") })
        {
            foreach (var file in InputFolder.YamlExtensions.SelectMany(e => Directory.GetFiles(Path.Combine(RepoPaths.Input, folder), "*" + e)).Order(StringComparer.Ordinal))
            {
                data.Add($"{folder}/{Path.GetFileName(file)}", $"../../schema/{schema}");
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedYamlFiles))]
    public void Every_shipped_yaml_file_names_its_schema_and_validates(string file, string schemaReference)
    {
        var path = Path.Combine(RepoPaths.Input, file);
        var text = File.ReadAllText(path);
        Assert.StartsWith($"# yaml-language-server: $schema={schemaReference}\n", text);
        var schema = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, schemaReference));
        Assert.True(File.Exists(schema), $"{schemaReference} does not exist");
        Assert.Empty(Validate(Path.GetFileName(schema), text));
    }

    [Fact]
    public void Every_chapter_front_matter_validates()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Input, "chapters"), "*.md"))
        {
            var errors = Validate("chapter.schema.json", FrontMatter(File.ReadAllText(file)));
            Assert.True(errors.Count == 0, $"{file}: {string.Join("; ", errors)}");
        }
    }

    [Fact]
    public void The_sample_content_validates_so_each_rejection_below_is_the_change_alone()
    {
        Assert.Empty(Validate("site.schema.json", SampleContent.SiteYml));
        Assert.Empty(Validate("bank.schema.json", SampleContent.CodingYml));
        Assert.Empty(Validate("checklist.schema.json", SampleContent.ChecklistYml));
        Assert.Empty(Validate("chapter.schema.json", FrontMatter(SampleContent.ChapterMd)));
    }

    /// <summary>
    /// The schemas and the docs' field tables are generated from the content types, which the loader
    /// checks by: while a committed file differs from what `studyguide generate` writes, this fails.
    /// </summary>
    [Fact]
    public void The_committed_schemas_and_field_tables_are_what_the_declarations_generate()
    {
        foreach (var (path, text) in GeneratedFiles.Of(ContentModel.Default, relative => File.ReadAllText(Path.Combine(RepoPaths.Root, relative))))
        {
            Assert.True(File.ReadAllText(Path.Combine(RepoPaths.Root, path)).Replace("\r\n", "\n") == text,
                $"{path} differs from what the declarations in src/StudyGuide/ContentTypes/ generate: run `dotnet run --project src/StudyGuide.Cli -- generate`");
        }
    }

    [Fact]
    public void The_generate_command_writes_the_files_the_test_above_compares()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine("docs"));
        File.Copy(Path.Combine(RepoPaths.Root, GeneratedFiles.ContentModelDocs), folder.Combine(GeneratedFiles.ContentModelDocs));
        var (code, output, error) = CommandLine.Run("generate", "--root", folder.Path);
        Assert.True(code == 0, error);
        Assert.Contains("wrote schema/bank.schema.json", output);
        foreach (var name in new[] { "site", "chapter", "bank", "checklist" })
        {
            Assert.Equal(File.ReadAllText(SchemaPath($"{name}.schema.json")), File.ReadAllText(folder.Combine("schema", $"{name}.schema.json")));
        }
    }

    [Fact]
    public void Schema_lists_exactly_the_coding_categories()
    {
        var category = Schema("bank.schema.json").Definitions["codingQuestion"].Properties["category"];
        Assert.Equal(CodingCategory.All.Select(c => c.Slug), category.Enumeration.Cast<string>());
    }

    /// <summary>One edit per class of error the loader reports; each leaves the file invalid for both.</summary>
    public static TheoryData<string, string, string, string> LoaderErrors() => new()
    {
        // file, text to replace, replacement, what it shows
        { "banks/coding.yml", "    difficulty: easy", "    dificulty: easy", "unknown key" },
        { "banks/coding.yml", "    hints:", "    looking_for: Ownership.\n    hints:", "key of another bank kind" },
        { "banks/coding.yml", "    title: Sum of a slice\n", "", "missing required key" },
        { "banks/coding.yml", "      space: O(1)\n", "", "missing nested key" },
        { "banks/coding.yml", "difficulty: easy", "difficulty: trivial", "bad enum" },
        { "banks/coding.yml", "kind: coding", "kind: codng", "bad bank kind" },
        { "banks/coding.yml", "topics: [arrays]", "topics: arrays", "wrong type: scalar for a list" },
        { "banks/coding.yml", "title: Sum of a slice", "title: [Sum]", "wrong type: list for a value" },
        { "banks/coding.yml", "  - id: sum", "  - id: Sum_Slice", "bad slug" },
        { "banks/coding.yml", "topics: [arrays]", "topics: [Big Arrays]", "bad topic slug" },
        { "banks/coding.yml", "topics: [arrays]", "topics: []", "empty list" },
        { "banks/coding.yml", "title: Sum of a slice", "title: ''", "empty value" },
        { "banks/coding.yml", "code: coding/sum.go", "code: coding/sum.txt", "not a Go file" },
        { "banks/coding.yml", "category: arrays-hashing", "category: arrays", "bad category" },
        { "banks/coding.yml", "    category: arrays-hashing\n", "", "missing category" },
        { "banks/coding.yml", "starter: coding/sum.starter.go", "starter: coding/sum_starter.go", "starter named against the rule" },
        { "banks/coding.yml", "tests: coding/sum_test.go", "tests: coding/sum.test.go", "tests named against the rule" },
        { "site.yml", "branch: main", "branch: main\nfooter: hi", "unknown key" },
        { "site.yml", "base_url: https://example.org\n", "", "missing required key" },
        { "site.yml", "base_url: https://example.org", "base_url: example.org", "not an absolute URL" },
        { "site.yml", "base_url: https://example.org", "base_url: https://example.org/?from=pr", "URL with a query" },
        { "site.yml", "repository: https://", "repository: https://user:secret@", "URL with credentials" },
        { "site.yml", "    link: /problems/", "    link: javascript:alert(1)", "nav link with a scheme outside the allow-list" },
        { "site.yml", "    link: /problems/", "    url: /problems/", "unknown nav key" },
        { "checklists/day-of.yml", "intro: |\n  Before you log in.\n", "", "missing required key" },
        { "checklists/day-of.yml", "title: Day of", "title: Day of\norder: first", "wrong type: not a number" },
        { "checklists/day-of.yml", "      - text: Charge the laptop", "      - text: Charge the laptop\n        id: Charge Laptop", "bad item id slug" },
        { "checklists/day-of.yml", "note: Same room", "notes: Same room", "unknown item key" },
        { "chapters/basics.md", "order: 1", "order: first", "wrong type in front matter" },
        { "chapters/basics.md", "summary: The basics.", "summry: The basics.", "unknown front matter key" },
        { "chapters/basics.md", "tags: [arrays]", "tags: [Arrays]", "bad tag slug" },
    };

    [Theory]
    [MemberData(nameof(LoaderErrors))]
    public void Every_error_class_the_loader_rejects_the_schema_rejects(string file, string find, string replacement, string what)
    {
        Content.Replace(file, find, replacement);

        var build = Builds.Run(Content.Root, Content.OutputPath, write: false);
        Assert.False(build.Succeeded, $"the loader accepted: {what}");
        var text = File.ReadAllText(Content.PathOf(file));
        var (schema, document) = file switch
        {
            "site.yml" => ("site.schema.json", text),
            _ when file.StartsWith("banks/", StringComparison.Ordinal) => ("bank.schema.json", text),
            _ when file.StartsWith("checklists/", StringComparison.Ordinal) => ("checklist.schema.json", text),
            _ => ("chapter.schema.json", FrontMatter(text)),
        };
        Assert.True(Validate(schema, document).Count > 0, $"{schema} accepted: {what}");
    }
}
