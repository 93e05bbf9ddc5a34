namespace StudyGuide.CodeLanguages.Go;

/// <summary>Go: the guide's language, and the only implementation of <see cref="CodeLanguage"/>.</summary>
public sealed class GoLanguage : CodeLanguage
{
    public static readonly GoLanguage Instance = new();

    private GoLanguage()
    {
    }

    public override string Name => "go";

    public override string Label => "Go";

    public override string FileExtension => ".go";

    public override IReadOnlyList<string> FenceNames { get; } = ["go", "golang"];

    public override string HighlightScope => "source.go";

    public override string RunnerName => "Go Playground";

    public override string OnlineEditor => "https://go.dev/play/";

    /// <summary>The official Go Playground: <c>/compile</c> runs a program, <c>/share</c> stores it and answers its id.</summary>
    public override string RunnerUpstream => "https://play.golang.org";

    public override IReadOnlyList<string> ProxyPaths { get; } = ["compile", "share"];

    public override string ShareUrl(string id) => $"https://go.dev/play/p/{id}";

    public override string ShareEndpoint => $"{RunnerUpstream}/share";

    public override string ScaffoldProgram => """
        package main

        import "fmt"

        // solve stands in for the solution: replace it, and keep main printing the
        // examples from the prompt, so that readers see what the code does.
        func solve(nums []int) int {
        	total := 0
        	for _, n := range nums {
        		total += n
        	}
        	return total
        }

        func main() {
        	fmt.Println(solve([]int{1, 2, 3}))
        }

        """;

    public override string ScaffoldOutput => "6";

    public override string ToolchainHint => $"`go` (with `gofmt`) was not found on PATH; {GoToolchain.InstallHint}";

    public override ICodeVerifier? LocateVerifier(TimeSpan runTimeLimit) =>
        GoToolchain.Locate() is { } toolchain ? new GoCodeVerifier(toolchain, runTimeLimit) : null;
}
