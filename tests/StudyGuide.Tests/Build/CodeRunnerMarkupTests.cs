using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StudyGuide.Content;
using StudyGuide.Diagnostics;
using StudyGuide.Loading;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Build;

/// <summary>The code runner's markup on every question page with code (before JavaScript runs).</summary>
public sealed class CodeRunnerMarkupTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private static readonly HtmlParser Parser = new();

    // Loaded once: the theory below has a case per question.
    private static readonly Lazy<ContentSet> Content = new(() => new ContentLoader().Load(new InputFolder(RepoPaths.Input), new DiagnosticBag())!);

    public static TheoryData<string> QuestionsWithCode() => new(Content.Value.Questions.Where(q => q.Code is not null).Select(q => q.Id));

    [Theory]
    [MemberData(nameof(QuestionsWithCode))]
    public void Page_has_run_open_in_playground_and_copy_and_the_exact_code(string id)
    {
        var page = Parser.ParseDocument(site.Read($"/problems/{id}/"));
        var runner = page.QuerySelector("[data-runner]");
        Assert.NotNull(runner);
        Assert.Equal("Run", Button(runner!, "[data-action=run]"));
        Assert.Equal("Open in Go Playground", Button(runner!, "[data-action=share], [data-action=open-recorded]"));
        Assert.Equal("Copy", Button(runner!, "[data-action=copy]"));

        // What Run sends and Copy copies is the file as written, byte for byte (no template indentation),
        // and it is in the page once: the editor is empty until Edit copies the highlighted block's text in.
        var code = Content.Value.Questions.Single(q => q.Id == id).Code!.Code;
        Assert.Equal(code, runner!.QuerySelector("pre.code code")!.TextContent);
        Assert.Equal("", runner.QuerySelector("textarea.code-editor")!.TextContent);
        Assert.Single(page.QuerySelectorAll("[data-output-panel]"));
        Assert.Equal("status", runner.QuerySelector("[data-output-panel]")!.GetAttribute("role"));
        Assert.Equal("polite", runner.QuerySelector("[data-output-panel]")!.GetAttribute("aria-live"));
        Assert.StartsWith("https://go.dev/play/", runner.QuerySelector("noscript a")?.GetAttribute("href"));
    }

    [Fact]
    public void Pages_name_the_playground_endpoint_from_site_yml()
    {
        Assert.Equal("/play", Parser.ParseDocument(site.Read("/")).QuerySelector("meta[name=playground-endpoint]")?.GetAttribute("content"));

        using var content = new SampleContent();
        content.Write("site.yml", SampleContent.SiteYml + "\nplayground: /go-play/\n");
        var result = Builds.Run(content.Root, content.OutputPath);
        Assert.True(result.Succeeded, string.Join("\n", Builds.Errors(result)));
        var page = Parser.ParseDocument(File.ReadAllText(Path.Combine(content.OutputPath, "problems", "sum", "index.html")));
        Assert.Equal("/go-play", page.QuerySelector("meta[name=playground-endpoint]")?.GetAttribute("content"));
    }

    [Theory]
    [InlineData("https://play.golang.org")]
    [InlineData("//evil.example/play")]
    [InlineData("play")]
    public void Playground_endpoint_must_be_a_path_on_the_site(string value)
    {
        using var content = new SampleContent();
        content.Write("site.yml", SampleContent.SiteYml + $"\nplayground: \"{value}\"\n");
        var line = SampleContent.SiteYml.Split('\n').Length + 1;
        var result = Builds.Run(content.Root, content.OutputPath, write: false);
        Assert.Contains(Builds.Errors(result), e => e.EndsWith($"site.yml:{line}:13: error: 'playground' must be a path on this site, like /play (pages may only connect to their own origin), not '{value}'", StringComparison.Ordinal));
    }

    private static string? Button(IElement runner, string selector) => runner.QuerySelector(selector)?.TextContent.Trim();
}
