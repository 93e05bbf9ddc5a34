using System.Net;
using System.Text.RegularExpressions;
using StudyGuide.Publishing;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Hostile;

/// <summary>
/// Issue 12, "Preview server": <c>studyguide serve</c> run as its own process on a scratch copy of
/// <c>input/</c>, spoken to over HTTP on 127.0.0.1 the way a web page in the contributor's browser
/// could after DNS rebinding (a foreign <c>Host</c>) or with an open-redirect path, and checked for
/// the security headers on every kind of answer. Each test ends by stopping the server with SIGTERM:
/// exit 0, no stack trace, and the previous output as it was (the preview rebuilds the same input
/// into it, which changes no byte).
/// </summary>
public sealed partial class PreviewServerTests(PreviousBuild previous, FakePlayground playground) : IClassFixture<PreviousBuild>, IClassFixture<FakePlayground>
{
    /// <summary>Names a rebinding page can put in <c>Host</c>; <c>{port}</c> is the server's port, <c>{other}</c> another one.</summary>
    private static readonly string[] ForeignHosts =
        ["evil.example", "evil.example:{port}", "127.0.0.1.nip.io:{port}", "localhost.evil.example:{port}", "127.0.0.1:{other}", "localhost"];

    private static readonly string[] OwnHosts = ["127.0.0.1:{port}", "localhost:{port}", "LocalHost:{port}", "[::1]:{port}"];

    // One server for all the cases of a test: starting one costs a build, and the cases only read.
    [Fact]
    public Task A_foreign_host_is_refused_for_pages_the_playground_proxy_and_the_reload_events() => ServeAsync(async (serve, http) =>
    {
        foreach (var host in ForeignHosts.Select(serve.Host))
        {
            var forwardedBefore = playground.RequestCount;

            using var page = await http.SendAsync(Request(HttpMethod.Get, serve, "/", host));
            Assert.True(page.StatusCode == HttpStatusCode.BadRequest, $"{host}: {page.StatusCode}");
            Assert.Equal("text/plain", page.Content.Headers.ContentType?.MediaType);
            var reason = await page.Content.ReadAsStringAsync();
            Assert.Contains($"answers only requests for 127.0.0.1:{serve.Port}", reason);
            Assert.DoesNotContain("<html", reason, StringComparison.OrdinalIgnoreCase);

            using var compile = Request(HttpMethod.Post, serve, "/play/compile", host);
            compile.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["version"] = "2", ["body"] = GoPrograms.Program("fmt.Println(\"rebound\")") });
            using var compiled = await http.SendAsync(compile);
            Assert.True(compiled.StatusCode == HttpStatusCode.BadRequest, $"{host}: /play/compile {compiled.StatusCode}");
            Assert.True(forwardedBefore == playground.RequestCount, $"{host}: /play/compile reached the Playground");

            using var events = await http.SendAsync(Request(HttpMethod.Get, serve, "/_studyguide/events", host), HttpCompletionOption.ResponseHeadersRead);
            Assert.True(events.StatusCode == HttpStatusCode.BadRequest, $"{host}: events {events.StatusCode}");
            Assert.NotEqual("text/event-stream", events.Content.Headers.ContentType?.MediaType);
        }
    });

    [Fact]
    public Task Its_own_host_gets_the_pages_and_the_reload_events() => ServeAsync(async (serve, http) =>
    {
        foreach (var host in OwnHosts.Select(serve.Host))
        {
            using var page = await http.SendAsync(Request(HttpMethod.Get, serve, "/", host));
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"{host}: {page.StatusCode}");
            Assert.Contains(LiveReloadScript, await page.Content.ReadAsStringAsync());

            using var events = await http.SendAsync(Request(HttpMethod.Get, serve, "/_studyguide/events", host), HttpCompletionOption.ResponseHeadersRead);
            Assert.True(events.Content.Headers.ContentType?.MediaType == "text/event-stream", $"{host}: events {events.StatusCode}");
            using var reader = new StreamReader(await events.Content.ReadAsStreamAsync());
            var first = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(20));
            Assert.StartsWith("data: {\"type\":\"state\"", first);
        }
    });

    [Fact]
    public Task Run_is_forwarded_to_the_playground_for_its_own_host() => ServeAsync(async (serve, http) =>
    {
        var code = GoPrograms.Program("fmt.Println(\"from the preview\")");
        using var compile = Request(HttpMethod.Post, serve, "/play/compile", $"127.0.0.1:{serve.Port}");
        compile.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["version"] = "2", ["body"] = code });

        using var response = await http.SendAsync(compile);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("from the preview", await response.Content.ReadAsStringAsync());
        Assert.Contains(code, playground.CompiledCode);
    });

    /// <summary>
    /// <c>GET //chapters</c> used to answer <c>Location: //chapters/</c>, which a browser follows to
    /// the host <c>chapters</c>. The server decodes <c>%2F</c>, so the encoded forms must collapse too.
    /// </summary>
    [Fact]
    public Task A_path_with_doubled_slashes_redirects_to_a_single_slash_path_on_the_same_origin() => ServeAsync(async (serve, _) =>
    {
        var cases = new (string Target, string Location)[]
        {
            ("//chapters", "/chapters/"),
            ("///chapters", "/chapters/"),
            ("/%2F%2Fchapters", "/chapters/"),
            ("/%2f/chapters", "/chapters/"),
            ("//chapters?from=x", "/chapters/?from=x"),
            ("//problems//two-sum", "/problems/two-sum/"),
        };
        foreach (var (target, location) in cases)
        {
            var response = await RawHttp.GetAsync(serve.Address, target);
            Assert.True(response.Status == 301, $"{target}: {response.Status}");
            Assert.Equal(location, response.Headers["Location"]);
        }
    });

    /// <summary>Browsers read <c>/\host</c> as <c>//host</c>: no backslash path is a page, so none redirects anywhere.</summary>
    [Fact]
    public Task A_path_that_names_another_host_is_not_found_and_never_redirected() => ServeAsync(async (serve, _) =>
    {
        foreach (var target in new[] { "/\\chapters", "/%5Cchapters", "/%5C%5Cevil.example", "//evil.example", "/%2F%2Fevil.example" })
        {
            var response = await RawHttp.GetAsync(serve.Address, target);
            Assert.True(response.Status is 400 or 404, $"{target}: {response.Status}");
            Assert.False(response.Headers.ContainsKey("Location"), $"{target} redirects to {response.Headers.GetValueOrDefault("Location")}");
        }
    });

    /// <summary>Pages, hashed assets, the preview's own script, redirects, errors and refusals all carry the declared headers.</summary>
    [Fact]
    public Task Every_answer_carries_the_security_headers() => ServeAsync(async (serve, http) =>
    {
        using var home = await http.GetAsync(serve.Address + "/");
        var css = StylesheetLink().Match(await home.Content.ReadAsStringAsync()).Groups["href"].Value;
        Assert.StartsWith("/assets/", css);
        var own = $"127.0.0.1:{serve.Port}";
        var requests = new (string What, HttpRequestMessage Request, HttpStatusCode Status)[]
        {
            ("page", Request(HttpMethod.Get, serve, "/chapters/", own), HttpStatusCode.OK),
            ("asset", Request(HttpMethod.Get, serve, css, own), HttpStatusCode.OK),
            ("reload script", Request(HttpMethod.Get, serve, "/_studyguide/live.js", own), HttpStatusCode.OK),
            ("redirect", Request(HttpMethod.Get, serve, "/chapters", own), HttpStatusCode.MovedPermanently),
            ("not found", Request(HttpMethod.Get, serve, "/no/such/page/", own), HttpStatusCode.NotFound),
            ("wrong method", Request(HttpMethod.Post, serve, "/chapters/", own), HttpStatusCode.MethodNotAllowed),
            ("foreign host", Request(HttpMethod.Get, serve, "/", "evil.example"), HttpStatusCode.BadRequest),
        };
        foreach (var (what, request, status) in requests)
        {
            using (request)
            using (var response = await http.SendAsync(request))
            {
                Assert.True(response.StatusCode == status, $"{what}: {response.StatusCode}");
                foreach (var (name, value) in SecurityHeaders.All)
                {
                    Assert.True(response.Headers.TryGetValues(name, out var values), $"{what} has no {name}");
                    Assert.Equal(value, Assert.Single(values));
                }
            }
        }
    });

    private const string LiveReloadScript = "<script src=\"/_studyguide/live.js\"";

    private static HttpRequestMessage Request(HttpMethod method, ServeProcess serve, string path, string host)
    {
        var request = new HttpRequestMessage(method, serve.Address + path);
        request.Headers.Host = host;
        return request;
    }

    /// <summary>Serves a scratch copy of input/ with the fake Playground upstream, runs the requests, stops the server and checks how it ended.</summary>
    private async Task ServeAsync(Func<ServeProcess, HttpClient, Task> requests)
    {
        using var input = new HostileInput(previous);
        // No search index: like the previous build (--no-search), so the output can be compared with it.
        using var serve = await ServeProcess.StartAsync(input.Folder, ["--theme", RepoPaths.Theme, "--no-search", "--playground-upstream", playground.Address]);
        using (var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(60) })
        {
            await requests(serve, http);
        }

        var run = serve.Stop();
        Assert.False(run.TimedOut, run.ToString());
        Assert.True(run.Code == 0, run.ToString());
        HostileInput.AssertNoStackTrace(run);
        input.AssertPreviousOutputUntouched();
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"(?<href>[^\"]+)\"")]
    private static partial Regex StylesheetLink();
}
