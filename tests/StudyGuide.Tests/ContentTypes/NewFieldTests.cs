using AngleSharp.Html.Parser;
using StudyGuide.Cli.Scaffolding;
using StudyGuide.ContentTypes;
using StudyGuide.ContentTypes.Generation;
using StudyGuide.Pipeline;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.ContentTypes;

/// <summary>
/// A question kind's field is one declaration: registered through the same API as the built-in
/// fields (<see cref="ContentModel.WithQuestionField"/>, <see cref="QuestionKind.With"/>), an extra
/// optional Markdown field on coding questions is read, link-checked and shown on the question page
/// and the print page with the repository's theme unchanged, and it is in the generated JSON Schema
/// and in the YAML of <c>new problem</c>.
/// </summary>
public sealed class NewFieldTests : IDisposable
{
    private static readonly MarkdownField EdgeCases = new("edge_cases", "Markdown: the inputs that break a first attempt, and why.")
    {
        Required = false,
        Label = "Edge cases",
        Placement = Placement.AfterAnswer,
        Example = "An empty slice, a single element, every element equal.",
    };

    private static readonly ContentModel Model = ContentModel.Default.WithQuestionField(QuestionKinds.Coding.Name, EdgeCases);

    private readonly TempFolder _folder = new();

    public NewFieldTests() => TempFolder.CopyDirectory(RepoPaths.Input, Input);

    public void Dispose() => _folder.Dispose();

    private string Input => _folder.Combine("input");

    private string Output => _folder.Combine("_site");

    private BuildResult Build() => new SiteBuilder(model: Model).Build(new BuildOptions(Input, RepoPaths.Theme, Output, Search: false));

    private void AddEdgeCasesToTwoSum(string markdown)
    {
        var bank = Path.Combine(Input, "banks", "coding.yml");
        var text = File.ReadAllText(bank);
        const string Pattern = "    pattern: Hash map (complement lookup)\n";
        Assert.Contains(Pattern, text);
        File.WriteAllText(bank, text.Replace(Pattern, Pattern + "    edge_cases: |\n      " + markdown + "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void The_field_shows_on_the_question_page_and_the_print_page_without_a_template_change()
    {
        AddEdgeCasesToTwoSum("No pair at all: return `nil`, as [Three Sum](xref:three-sum) does.");

        var result = Build();
        Assert.True(result.Succeeded, string.Join("\n", Builds.Errors(result)));
        var parser = new HtmlParser();
        var page = parser.ParseDocument(File.ReadAllText(Path.Combine(Output, "problems", "two-sum", "index.html")));
        var section = page.QuerySelector("section#edge-cases, section[aria-labelledby='edge-cases']");
        Assert.NotNull(section);
        Assert.Equal("Edge cases", section.QuerySelector("h2#edge-cases")?.TextContent);
        Assert.Contains("No pair at all", section.TextContent);
        Assert.Equal("/problems/three-sum/", section.QuerySelector("a")?.GetAttribute("href"));
        // Listed in "On this page" with the other sections.
        Assert.Contains(page.QuerySelectorAll("nav.toc a"), a => a.GetAttribute("href") == "#edge-cases");

        var print = parser.ParseDocument(File.ReadAllText(Path.Combine(Output, "print", "index.html")));
        var printed = print.QuerySelector("h4#problem-two-sum-edge-cases");
        Assert.NotNull(printed);
        Assert.Contains("No pair at all", printed.ParentElement!.TextContent);

        // Questions without the optional field have no such section.
        var other = parser.ParseDocument(File.ReadAllText(Path.Combine(Output, "problems", "three-sum", "index.html")));
        Assert.Null(other.QuerySelector("#edge-cases"));
    }

    [Fact]
    public void Its_markdown_is_link_checked_like_every_field()
    {
        AddEdgeCasesToTwoSum("See [nothing](xref:no-such-question).");
        var errors = Builds.Errors(Build());
        Assert.Contains(errors, e => e.Contains("banks/coding.yml:", StringComparison.Ordinal) && e.Contains("error: unknown xref id 'no-such-question'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_field_is_in_the_generated_schema_of_coding_questions_only()
    {
        var schema = await NJsonSchema.JsonSchema.FromJsonAsync(JsonSchemas.Of(BankType.File(Model), Model));
        var coding = schema.Definitions[JsonSchemas.DefinitionOf(QuestionKinds.Coding)];
        Assert.Equal(EdgeCases.Help, coding.Properties["edge_cases"].Description);
        Assert.DoesNotContain("edge_cases", coding.RequiredProperties);
        Assert.False(schema.Definitions[JsonSchemas.DefinitionOf(QuestionKinds.Concept)].Properties.ContainsKey("edge_cases"));
    }

    [Fact]
    public void The_field_is_in_the_yaml_of_new_problem_and_the_new_question_builds()
    {
        var scaffold = QuestionScaffold.Create(ExistingContent.Load(Input, Model), "coding", "brand-new-problem");
        Assert.Contains(scaffold.Done, line => line.Contains("brand-new-problem", StringComparison.Ordinal));

        var text = File.ReadAllText(Path.Combine(Input, "banks", "coding.yml"));
        var added = text[text.IndexOf("  - id: brand-new-problem\n", StringComparison.Ordinal)..];
        Assert.Contains($"    # {EdgeCases.Help}\n    edge_cases: |\n      {EdgeCases.Example}\n", added);

        var result = Build();
        Assert.True(result.Succeeded, string.Join("\n", Builds.Errors(result)));
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, "problems", "brand-new-problem", "index.html")));
        Assert.Contains(EdgeCases.Example, page.QuerySelector("section[aria-labelledby='edge-cases']")?.TextContent);
    }
}
