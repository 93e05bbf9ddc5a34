using System.Net;
using System.Text;
using System.Text.Json;
using StudyGuide.Cli.Serving;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Serving;

/// <summary><c>serve</c>'s Playground proxy over HTTP: what it forwards to the (fake) Playground and what it refuses.</summary>
public sealed class PlaygroundProxyTests(FakePlayground playground) : IClassFixture<FakePlayground>, IAsyncLifetime
{
    private readonly TempFolder _site = new();
    private readonly HttpClient _http = new();
    private SiteServer _server = null!;

    public async Task InitializeAsync()
    {
        File.WriteAllText(Path.Combine(_site.Path, "index.html"), "<!doctype html><title>Home</title>");
        _server = await SiteServer.StartAsync(new SiteServerOptions(_site.Path, Port: 0, PlaygroundUpstream: playground.Address));
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
        _site.Dispose();
    }

    [Fact]
    public async Task Compile_is_forwarded_with_its_form_and_the_json_answer_comes_back()
    {
        var code = GoPrograms.Program("fmt.Println(\"from the proxy\")");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["version"] = "2", ["body"] = code, ["withVet"] = "true" });

        using var response = await _http.PostAsync($"{_server.Address}/play/compile", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("", json.RootElement.GetProperty("Errors").GetString());
        var stdout = json.RootElement.GetProperty("Events").EnumerateArray().Single(e => e.GetProperty("Kind").GetString() == "stdout");
        Assert.Equal("from the proxy\n", stdout.GetProperty("Message").GetString());
        Assert.Contains(code, playground.CompiledCode);
    }

    [Fact]
    public async Task Share_is_forwarded_and_answers_the_id_as_text()
    {
        using var body = new StringContent("package main\n", Encoding.UTF8, "text/plain");
        using var response = await _http.PostAsync($"{_server.Address}/play/share", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = await response.Content.ReadAsStringAsync();
        Assert.Equal("package main\n", playground.SharedCode[id]);
    }

    [Theory]
    [InlineData("compile", true)]
    [InlineData("share", true)]
    [InlineData("share", false)]
    public async Task Bodies_over_64_KiB_are_refused_and_not_forwarded(string path, bool withLength)
    {
        var before = playground.RequestCount;
        var bytes = new byte[SiteServer.MaxBodyBytes + 1];
        Array.Fill(bytes, (byte)'a');
        // Without a length the body arrives chunked, and the limit must hold while reading it.
        using HttpContent body = withLength ? new ByteArrayContent(bytes) : new StreamContent(new UnknownLengthStream(bytes));

        using var response = await _http.PostAsync($"{_server.Address}/play/{path}", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, playground.RequestCount);
    }

    [Theory]
    [InlineData("/play/run")]
    [InlineData("/play/")]
    [InlineData("/compile")]
    public async Task Only_the_two_playground_paths_are_forwarded(string path)
    {
        var before = playground.RequestCount;
        using var body = new StringContent("x");

        using var response = await _http.PostAsync(_server.Address + path, body);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(before, playground.RequestCount);
    }

    [Fact]
    public async Task Unreachable_playground_is_a_502_with_a_message()
    {
        await using var server = await SiteServer.StartAsync(new SiteServerOptions(_site.Path, Port: 0, PlaygroundUpstream: "http://127.0.0.1:1"));
        using var body = new StringContent("package main\n");

        using var response = await _http.PostAsync($"{server.Address}/play/share", body);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains("could not be reached", await response.Content.ReadAsStringAsync());
    }

    /// <summary>A stream that does not tell its length, so HttpClient sends it chunked.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
