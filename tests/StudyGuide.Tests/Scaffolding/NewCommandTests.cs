using AngleSharp.Html.Parser;
using StudyGuide.CodeLanguages;
using StudyGuide.CodeLanguages.Go;
using StudyGuide.Content;
using StudyGuide.ContentTypes;
using StudyGuide.Diagnostics;
using StudyGuide.Loading;
using StudyGuide.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace StudyGuide.Tests.Scaffolding;

/// <summary><c>studyguide new …</c> on a copy of the real input/: what it creates builds, and what it refuses stays untouched.</summary>
public sealed class NewCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public NewCommandTests() => TempFolder.CopyDirectory(RepoPaths.Input, Input);

    public void Dispose() => _folder.Dispose();

    private string Input => _folder.Combine("input");

    private string Output => _folder.Combine("_site");

    private (int Code, string Out, string Error) New(params string[] args) => CommandLine.Run(["new", .. args, "--input", Input]);

    private ContentSet Load()
    {
        var diagnostics = new DiagnosticBag();
        var content = new ContentLoader().Load(new InputFolder(Input), diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return content!;
    }

    [Fact]
    public async Task New_problem_then_the_readme_build_gives_a_site_with_the_problem_and_go_files_that_pass()
    {
        var (code, output, error) = New("problem", "coding", "my-problem");
        Assert.True(code == 0, error);
        Assert.Contains("input/banks/coding/my-problem.go", output);
        Assert.Contains("input/banks/coding/my-problem.starter.go", output);
        Assert.Contains("input/banks/coding/my-problem_test.go", output);
        Assert.Contains("Next:", output);

        (code, _, error) = CommandLine.Run("build", "--input", Input, "--theme", RepoPaths.Theme, "--output", Output, "--no-search");
        Assert.True(code == 0, error);
        var parser = new HtmlParser();
        var page = parser.ParseDocument(File.ReadAllText(Path.Combine(Output, "problems", "my-problem", "index.html")));
        Assert.Equal("My problem", page.QuerySelector("h1")?.TextContent.Trim());
        foreach (var list in new[] { "problems/index.html", "banks/coding/index.html" })
        {
            var links = parser.ParseDocument(File.ReadAllText(Path.Combine(Output, list))).QuerySelectorAll("a").Select(a => a.GetAttribute("href"));
            Assert.Contains("/problems/my-problem/", links);
        }

        // What `check --go` checks: vet-clean, gofmt-clean, and the output is expected_output.
        var banks = Path.Combine(Input, "banks");
        var coding = Load().Questions.Single(q => q.Id == "my-problem");
        Assert.Equal((0, ""), (GoTool.Go(banks, "vet", "coding/my-problem.go").Code, GoTool.GofmtList(banks, "coding/my-problem.go").Out));
        var run = GoTool.Go(banks, "run", "coding/my-problem.go");
        Assert.True(run.Code == 0, run.Error);
        Assert.Equal(coding.Code!.ExpectedOutput, run.Out);

        // The practice files pass the verifier's rules: the tests pass on the program and fail on the starter, in the fixed form.
        var input = new InputFolder(Input);
        var problem = CodeFiles.Practice(Load(), input).Single(p => p.QuestionId == "my-problem");
        var verifier = Languages.Default.LocateVerifier(GoCodeVerifier.DefaultRunTimeLimit) ?? throw new InvalidOperationException(Languages.Default.ToolchainHint);
        var verification = await verifier.VerifyAsync([], [problem]);
        Assert.True(verification.Diagnostics.Count == 0, string.Join("\n", verification.Diagnostics));
        Assert.Equal(PracticeStatus.Verified, Assert.Single(verification.Practice).Status);
    }

    [Theory]
    [InlineData("coding")]
    [InlineData("go-concepts")]
    [InlineData("behavioral")]
    [InlineData("system-design")]
    public void A_new_question_has_every_key_of_its_bank_kind_and_builds(string bank)
    {
        var (code, _, error) = New("problem", bank, "brand-new-question");
        Assert.True(code == 0, error);

        var kind = Load().Banks.Single(b => b.Id == bank).Kind;
        var keys = LastQuestionKeys(Path.Combine(Input, "banks", bank + ".yml"));
        Assert.Equal(kind.AllFields.Select(f => f.Key).Order(), keys.Order());
        Assert.True(Builds.Run(Input, Output, write: false).Succeeded);
    }

    [Fact]
    public void New_chapter_and_checklist_have_every_key_and_build()
    {
        Assert.Equal(0, New("chapter", "my-chapter").Code);
        Assert.Equal(0, New("checklist", "my-checklist").Code);

        var content = Load();
        Assert.Equal(content.Chapters.Max(c => c.Order), content.Chapters.Single(c => c.Id == "my-chapter").Order);
        var chapter = File.ReadAllText(Path.Combine(Input, "chapters", "my-chapter.md")).Split("---")[1];
        Assert.Equal(ChapterType.File.Fields.Select(f => f.Key).Order(), TopLevelKeys(chapter).Order());
        var checklist = File.ReadAllText(Path.Combine(Input, "checklists", "my-checklist.yml"));
        Assert.Equal(ChecklistType.File.Fields.Select(f => f.Key).Order(), TopLevelKeys(checklist).Order());
        Assert.StartsWith("# yaml-language-server: $schema=../../schema/checklist.schema.json\n", checklist);
        Assert.True(Builds.Run(Input, Output, write: false).Succeeded);
    }

    [Theory]
    [InlineData("problem", "coding", "two-sum", "already used")]
    [InlineData("problem", "coding", "coding-patterns", "already used")]
    [InlineData("problem", "coding", "Two_Sum", "like 'two-sum'")]
    [InlineData("problem", "coding", "topics", "reserved")]
    [InlineData("problem", "no-such-bank", "fresh-id", "there is no bank 'no-such-bank'")]
    [InlineData("chapter", "final-tips", null, "already used")]
    [InlineData("chapter", "New Chapter", null, "like 'new-chapter'")]
    [InlineData("checklist", "interview-success", null, "already used")]
    public void Taken_or_malformed_ids_exit_1_and_change_nothing(string kind, string first, string? second, string message)
    {
        var before = Snapshot();
        var (code, _, error) = second is null ? New(kind, first) : New(kind, first, second);
        Assert.Equal(1, code);
        Assert.Contains(message, error);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void A_missing_argument_is_a_usage_error()
    {
        Assert.Equal(2, New("problem", "coding").Code);
        Assert.Equal(2, New("essay", "x").Code);
    }

    [Fact]
    public void The_question_is_inserted_into_the_list_and_the_rest_of_the_file_is_kept()
    {
        var bank = Path.Combine(Input, "banks", "coding.yml");
        var original = File.ReadAllText(bank);
        // questions: before another top-level key, with a comment between: the question must land inside the list.
        var reordered = original.Replace("kind: coding\n", "") + "# Keep this comment.\nkind: coding\n";
        File.WriteAllText(bank, reordered);

        Assert.Equal(0, New("problem", "coding", "inserted-question").Code);

        var text = File.ReadAllText(bank);
        Assert.EndsWith("# Keep this comment.\nkind: coding\n", text);
        var inserted = text.Length - reordered.Length;
        var at = text.IndexOf("  - id: inserted-question\n", StringComparison.Ordinal);
        Assert.Equal(reordered, text.Remove(at, inserted));
        Assert.Equal("inserted-question", Load().Banks.Single(b => b.Id == "coding").Questions[^1].Id);
    }

    [Fact]
    public void An_empty_flow_list_of_questions_becomes_a_block_list()
    {
        File.WriteAllText(Path.Combine(Input, "banks", "extra.yml"), "id: extra\ntitle: Extra\ndescription: More.\nkind: concept\nquestions: []\n");
        Assert.Equal(0, New("problem", "extra", "first-extra").Code);
        Assert.Equal("first-extra", Assert.Single(Load().Banks.Single(b => b.Id == "extra").Questions).Id);
    }

    private Dictionary<string, string> Snapshot() => Directory.GetFiles(Input, "*", SearchOption.AllDirectories)
        .ToDictionary(f => f, File.ReadAllText);

    private static IEnumerable<string> TopLevelKeys(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return ((YamlMappingNode)stream.Documents[0].RootNode).Children.Keys.Select(k => ((YamlScalarNode)k).Value!);
    }

    private static IEnumerable<string> LastQuestionKeys(string bankFile)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(bankFile)));
        var questions = (YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("questions")];
        return ((YamlMappingNode)questions.Children[^1]).Children.Keys.Select(k => ((YamlScalarNode)k).Value!);
    }
}
