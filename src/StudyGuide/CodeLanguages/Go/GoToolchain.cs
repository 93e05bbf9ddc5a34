using StudyGuide.Processes;

namespace StudyGuide.CodeLanguages.Go;

/// <summary>
/// The local Go toolchain (<c>go</c> and <c>gofmt</c>), run hermetically: modules only, no network
/// (<c>GOPROXY=off</c>), no automatic toolchain downloads (<c>GOTOOLCHAIN=local</c>) and no cgo (except for
/// race builds, which need it), so a result depends on the code and the installed Go, never on the
/// machine's settings or the internet.
/// </summary>
public sealed class GoToolchain
{
    /// <summary>Told to anyone without Go: the checks must never pass silently.</summary>
    public const string InstallHint =
        "install Go 1.19 or newer: on Debian or Ubuntu `apt-get install golang-go` (as root), elsewhere https://go.dev/dl/, and make sure `go` is on PATH";

    /// <summary>Longest any go/gofmt command may take; builds of these small programs take seconds.</summary>
    public static readonly TimeSpan ToolTimeLimit = TimeSpan.FromMinutes(3);

    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly IReadOnlyDictionary<string, string> _cgoEnvironment;

    private GoToolchain(string goPath, string gofmtPath, IReadOnlyDictionary<string, string> environment)
    {
        GoPath = goPath;
        GofmtPath = gofmtPath;
        _environment = environment;
        _cgoEnvironment = new Dictionary<string, string>(environment, StringComparer.Ordinal) { ["CGO_ENABLED"] = "1" };
    }

    /// <summary>Full path of the <c>go</c> command.</summary>
    public string GoPath { get; }

    /// <summary>Full path of <c>gofmt</c>.</summary>
    public string GofmtPath { get; }

    /// <summary>
    /// Finds <c>go</c> on the search path (the PATH variable's value; null means this process's PATH)
    /// and <c>gofmt</c> beside it or on the path. Null when either is missing.
    /// </summary>
    public static GoToolchain? Locate(string? searchPath = null)
    {
        var directories = ChildProcess.SearchPath(searchPath);
        var go = ChildProcess.Find(directories, "go");
        if (go is null)
        {
            return null;
        }
        // Debian links /usr/bin/go to /usr/lib/go-1.19/bin/go; gofmt always sits in the real bin folder.
        var realGo = File.ResolveLinkTarget(go, returnFinalTarget: true)?.FullName ?? go;
        var gofmt = ChildProcess.Find([Path.GetDirectoryName(realGo)!], "gofmt") ?? ChildProcess.Find(directories, "gofmt");
        return gofmt is null ? null : new GoToolchain(go, gofmt, HermeticEnvironment());
    }

    /// <summary>The version the toolchain reports, like <c>go1.19.8</c>.</summary>
    public async Task<string> VersionAsync(CancellationToken cancellation = default)
    {
        var result = await RunAsync(GoPath, ["env", "GOVERSION"], Path.GetTempPath(), ToolTimeLimit, cancellation);
        return result.Succeeded ? result.Stdout.Trim() : "go (unknown version)";
    }

    /// <summary>Runs <c>go</c> with the given arguments in a folder.</summary>
    public Task<ProcessResult> GoAsync(string workingDirectory, IReadOnlyList<string> arguments, CancellationToken cancellation = default) =>
        RunAsync(GoPath, arguments, workingDirectory, ToolTimeLimit, cancellation);

    /// <summary>
    /// Runs <c>go</c> with cgo enabled: <c>go build -race</c> needs it (Go 1.19 on Linux links the race
    /// runtime through cgo), and with it a C compiler (<c>gcc</c>) on the machine.
    /// </summary>
    public Task<ProcessResult> GoWithCgoAsync(string workingDirectory, IReadOnlyList<string> arguments, CancellationToken cancellation = default) =>
        ChildProcess.RunAsync(GoPath, arguments, workingDirectory, ToolTimeLimit, _cgoEnvironment, cancellation);

    /// <summary>Runs <c>gofmt</c> with the given arguments in a folder.</summary>
    public Task<ProcessResult> GofmtAsync(string workingDirectory, IReadOnlyList<string> arguments, CancellationToken cancellation = default) =>
        RunAsync(GofmtPath, arguments, workingDirectory, ToolTimeLimit, cancellation);

    /// <summary>
    /// Runs any program (a built Go binary) with the toolchain's environment, killing it and
    /// everything it started once <paramref name="timeLimit"/> has passed.
    /// </summary>
    public Task<ProcessResult> RunAsync(string program, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeLimit, CancellationToken cancellation = default) =>
        ChildProcess.RunAsync(program, arguments, workingDirectory, timeLimit, _environment, cancellation);

    /// <summary>
    /// Settings for every Go command. The build cache and GOPATH stay where the user has them (a warm
    /// cache makes checks several times faster); only when there is no home folder to derive them
    /// from (some CI sandboxes) do they go to a folder under the system temp directory.
    /// </summary>
    private static Dictionary<string, string> HermeticEnvironment()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["GO111MODULE"] = "on",
            ["GOFLAGS"] = "-mod=mod",
            ["GOPROXY"] = "off",
            ["GOSUMDB"] = "off",
            ["GOTOOLCHAIN"] = "local",
            ["GOWORK"] = "off",
            // The Playground builds without cgo too, and cgo would need a C compiler on the machine.
            ["CGO_ENABLED"] = "0",
            // A race-enabled binary reports every race it sees, keeps running, and exits with 66 if it saw
            // one; no pause at exit (the default waits 1 s for reports from goroutines still running).
            ["GORACE"] = "halt_on_error=0 exitcode=66 atexit_sleep_ms=0",
        };
        var hasHome = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("HOME"));
        var fallback = Path.Combine(Path.GetTempPath(), "studyguide-go");
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("GOCACHE")) && !hasHome && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("XDG_CACHE_HOME")))
        {
            environment["GOCACHE"] = Path.Combine(fallback, "cache");
        }
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("GOPATH")) && !hasHome)
        {
            environment["GOPATH"] = Path.Combine(fallback, "path");
        }
        return environment;
    }
}
