using AngleSharp.Html.Parser;
using StudyGuide.CodeLanguages;
using StudyGuide.Loading;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Playground;

/// <summary><c>studyguide playground share</c> against the fake Playground, and how the build uses what it records.</summary>
public sealed class ShareCommandTests(FakePlayground playground) : SampleContentTest, IClassFixture<FakePlayground>
{
    private string SumCode => File.ReadAllText(Content.PathOf("banks/coding/sum.go")).Replace("\r\n", "\n");

    private (int Code, string Out, string Error) Share(string? endpoint = null) =>
        CommandLine.Run("playground", "share", "--input", Content.Root, "--endpoint", endpoint ?? playground.Address + "/share");

    private IReadOnlyDictionary<string, string> Lock() => PlaygroundLock.Read(new InputFolder(Content.Root), new StudyGuide.Diagnostics.DiagnosticBag());

    /// <summary>The recorded "Open in Go Playground" link on the question page, or null when the page shares on click.</summary>
    private string? RecordedLink()
    {
        var result = Builds.Run(Content.Root, Content.OutputPath);
        Assert.True(result.Succeeded, string.Join("\n", Builds.Errors(result)));
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Content.OutputPath, "problems", "sum", "index.html")));
        var link = page.QuerySelector("a[data-action=open-recorded]")?.GetAttribute("href");
        Assert.Equal(link is null, page.QuerySelector("button[data-action=share]") is not null);
        return link;
    }

    [Fact]
    public void Shares_code_without_an_id_records_it_and_the_page_links_to_it_without_javascript()
    {
        var (code, output, error) = Share();

        Assert.True(code == 0, error);
        Assert.Contains("Shared 1 code file", output);
        var (hash, id) = Assert.Single(Lock());
        Assert.Equal(CodeHash.Of(SumCode), hash);
        Assert.Equal(SumCode, playground.SharedCode[id]);
        Assert.Equal($"https://go.dev/play/p/{id}", RecordedLink());
    }

    [Fact]
    public void Code_that_already_has_an_id_is_not_posted_again()
    {
        Assert.Equal(0, Share().Code);
        var before = playground.RequestCount;

        var (code, output, _) = Share();

        Assert.Equal(0, code);
        Assert.Contains("Nothing to share", output);
        Assert.Equal(before, playground.RequestCount);
    }

    [Fact]
    public void Changed_code_is_not_linked_to_the_old_id_until_shared_again()
    {
        Assert.Equal(0, Share().Code);
        var oldId = Assert.Single(Lock()).Value;
        Content.Replace("banks/coding/sum.go", "total := 0", "var total int");

        Assert.Null(RecordedLink());

        Assert.Equal(0, Share().Code);
        var newId = Lock()[CodeHash.Of(SumCode)];
        Assert.NotEqual(oldId, newId);
        Assert.Equal($"https://go.dev/play/p/{newId}", RecordedLink());
        var lines = File.ReadAllLines(Content.PathOf(PlaygroundLock.FileName)).Where(l => !l.StartsWith('#')).ToList();
        Assert.Equal(lines.Order(StringComparer.Ordinal), lines);
    }

    [Fact]
    public void Unreachable_endpoint_exits_1_and_records_nothing()
    {
        var (code, _, error) = Share("http://127.0.0.1:1/share");

        Assert.Equal(1, code);
        Assert.Matches(@"banks/coding/sum\.go:1:1: error: could not reach the share endpoint", error);
        Assert.False(File.Exists(Content.PathOf(PlaygroundLock.FileName)));
    }

    [Fact]
    public void Endpoint_must_be_an_http_url()
    {
        var (code, _, error) = Share("not a url");
        Assert.Equal(2, code);
        Assert.Contains("--endpoint", error);
    }
}
