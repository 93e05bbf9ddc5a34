using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using StudyGuide.CodeLanguages.Go;

namespace StudyGuide.Tests.Infrastructure;

/// <summary>
/// A stand-in for play.golang.org on 127.0.0.1, with the real request and response shapes, taken
/// from the golang/playground repository:
/// <list type="bullet">
/// <item><c>POST /compile</c> (sandbox.go, <c>commandHandler</c>): form fields <c>version</c>, <c>body</c>,
/// <c>withVet</c>; JSON <c>response{Errors, Events, Status, IsTest, TestsFailed, VetErrors}</c> where
/// each event is <c>Event{Message, Kind: "stdout"|"stderr", Delay}</c> (play.go). Build failures come
/// back as 200 with <c>Errors</c> holding the compiler output with the temp folder stripped
/// (<c>compileAndRun</c>/<c>sandboxBuild</c>); a test program runs with <c>-test.v</c> and
/// <c>TestsFailed</c> counts "--- FAIL" lines. The body may be a txtar archive of several files, laid
/// out and built as the sandbox does it (<see cref="PlaygroundSandbox"/>): tests only in the leading file.</item>
/// <item><c>POST /share</c> (share.go, <c>handleShare</c>): the raw code as body (at most 64 KiB), the
/// id as plain text; the id is URL-safe base64 of SHA-256 over a salt and the code, 11 characters
/// (<c>snippet.ID</c>).</item>
/// </list>
/// Programs really run, with the local Go toolchain, so Run shows what the code prints.
/// </summary>
public sealed class FakePlayground : IAsyncLifetime
{
    private const string ShareSalt = "Go playground salt\n";
    private const int MaxSnippetBytes = 64 * 1024;

    // play.golang.org answers with Go's field names as they are, not camelCase.
    private static readonly JsonSerializerOptions GoJson = new() { PropertyNamingPolicy = null };

    private readonly ConcurrentDictionary<string, string> _sharedCode = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _compiledCode = new();
    private int _requestCount;
    private WebApplication? _app;
    private GoToolchain _toolchain = null!;

    /// <summary>Base URL, like <c>http://127.0.0.1:41234</c>.</summary>
    public string Address => _app!.Urls.First();

    /// <summary>Code received by <c>/share</c>, by the id it was given.</summary>
    public IReadOnlyDictionary<string, string> SharedCode => _sharedCode;

    /// <summary>Bodies received by <c>/compile</c>, in arrival order.</summary>
    public IReadOnlyCollection<string> CompiledCode => _compiledCode;

    /// <summary>Every request that reached the fake, whatever its path.</summary>
    public int RequestCount => Volatile.Read(ref _requestCount);

    public async Task InitializeAsync()
    {
        _toolchain = GoToolchain.Locate() ?? throw new InvalidOperationException($"the fake Go Playground runs code with Go: {GoToolchain.InstallHint}");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.Use(async (context, next) =>
        {
            Interlocked.Increment(ref _requestCount);
            await next();
        });
        _app.MapPost("/compile", CompileAsync);
        _app.MapPost("/share", ShareAsync);
        await _app.StartAsync();
    }

    /// <summary>
    /// Browser assertions waiting on the fake: it compiles with Go, a second or two warm, longer on a cold build cache.
    /// </summary>
    public static readonly Microsoft.Playwright.LocatorAssertionsToContainTextOptions GoTime = new() { Timeout = 90_000 };

    /// <summary>An address where no Playground answers: a port bound once to get a free number, then released.</summary>
    public static string UnreachableAddress()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}";
    }

    /// <summary>The id the real Playground would give this code (share.go, <c>snippet.ID</c>).</summary>
    public static string ShareIdOf(string code)
    {
        var sum = SHA256.HashData(Encoding.UTF8.GetBytes(ShareSalt + code));
        var encoded = Convert.ToBase64String(sum).Replace('+', '-').Replace('/', '_');
        var length = 11;
        while (length <= encoded.Length && encoded[length - 1] == '_')
        {
            length++;
        }
        return encoded[..length];
    }

    private async Task CompileAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        var code = form["body"].ToString();
        var withVet = bool.TryParse(form["withVet"], out var vet) && vet;
        _compiledCode.Enqueue(code);

        using var workspace = PlaygroundSandbox.Create(code);
        var build = await _toolchain.GoAsync(workspace.Directory, workspace.BuildArguments);
        if (!build.Succeeded)
        {
            var errors = string.Join('\n', workspace.Relative(build.Output).Split('\n').Where(l => !l.StartsWith('#')));
            await context.Response.WriteAsJsonAsync(new CompileResponse(errors, null, 0, false, 0, null), GoJson);
            return;
        }
        string? vetErrors = null;
        if (withVet)
        {
            var vetResult = await _toolchain.GoAsync(workspace.Directory, ["vet", "."]);
            vetErrors = vetResult.Succeeded ? null : workspace.Relative(vetResult.Output);
        }
        var run = await _toolchain.RunAsync(workspace.BinaryPath, workspace.IsTest ? ["-test.v"] : [], workspace.Directory, TimeSpan.FromSeconds(5));
        if (run.TimedOut)
        {
            await context.Response.WriteAsJsonAsync(new CompileResponse("timeout running program", null, 0, false, 0, null), GoJson);
            return;
        }
        var events = new List<CompileEvent>();
        if (run.Stdout.Length > 0)
        {
            events.Add(new CompileEvent(run.Stdout, "stdout", 0));
        }
        if (run.Stderr.Length > 0)
        {
            events.Add(new CompileEvent(run.Stderr, "stderr", 0));
        }
        var failed = workspace.IsTest ? CountOccurrences(run.Output, "--- FAIL") : 0;
        await context.Response.WriteAsJsonAsync(new CompileResponse("", events, run.ExitCode, workspace.IsTest, failed, vetErrors), GoJson);
    }

    private async Task ShareAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        if (body.Length > MaxSnippetBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await context.Response.WriteAsync("Snippet is too large");
            return;
        }
        var code = Encoding.UTF8.GetString(body.ToArray());
        var id = ShareIdOf(code);
        _sharedCode[id] = code;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(id);
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private sealed record CompileEvent(string Message, string Kind, long Delay);

    private sealed record CompileResponse(string Errors, IReadOnlyList<CompileEvent>? Events, int Status, bool IsTest, int TestsFailed, string? VetErrors);
}
