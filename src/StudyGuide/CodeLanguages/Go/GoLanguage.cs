namespace StudyGuide.CodeLanguages.Go;

/// <summary>Go: the guide's language, and the only implementation of <see cref="CodeLanguage"/>.</summary>
internal sealed class GoLanguage : CodeLanguage
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

    public override string PracticePath(PracticeRole role, string bankId, string id) => role switch
    {
        PracticeRole.Starter => $"{bankId}/{id}.starter.go",
        _ => $"{bankId}/{id}_test.go",
    };

    public override string PracticeFileName(PracticeRole role, string id) => role switch
    {
        PracticeRole.Starter => "solution.go",
        _ => id.Replace('-', '_') + "_test.go",
    };

    /// <summary>The <c>go.mod</c> of the module the reader's code (or the reference solution) and the tests run in.</summary>
    public const string PracticeModule = "module practice\n\ngo 1.19\n";

    public override string ScaffoldStarter => """
        package main

        // solve stands in for the function the reader writes: keep the solution's
        // signatures, and return zero values, so the tests run and fail.
        func solve(nums []int) int {
        	return 0
        }

        """;

    public override string ScaffoldTests => """
        package main

        import (
        	"fmt"
        	"testing"
        )

        // Add one case per input worth checking: the examples, the edge cases, a large input.
        // A failing case reports exactly one t.Errorf in the form input / got / want.
        func TestSolve(t *testing.T) {
        	testCases := []struct {
        		name string
        		nums []int
        		want int
        	}{
        		{"three numbers", []int{1, 2, 3}, 6},
        	}
        	for _, tc := range testCases {
        		t.Run(tc.name, func(t *testing.T) {
        			input := fmt.Sprintf("nums = %v", tc.nums)
        			if got := solve(tc.nums); got != tc.want {
        				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
        			}
        		})
        	}
        }

        """;

    public override string PracticeAdvice(string testsPath, string starterPath) =>
        $"Write the tests in {testsPath} (one t.Run case per input, each failing with one t.Errorf(\"input: %s\\ngot: %v\\nwant: %v\", …)), "
        + $"and the starter in {starterPath}: the solution's signatures, with bodies that return zero values.";
}
