namespace StudyGuide.Tests.Infrastructure;

/// <summary>
/// A small but complete content folder written for one test: every content type once, valid as
/// written. Tests overwrite single files to provoke one error at a known line and column.
/// </summary>
public sealed class SampleContent : IDisposable
{
    private readonly TempFolder _folder = new();

    public SampleContent()
    {
        Write("site.yml", SiteYml);
        Write("index.md", "---\ntitle: Sample guide\n---\nWelcome. Start with [the chapter](xref:basics).\n");
        Write("chapters/basics.md", ChapterMd);
        Write("banks/coding.yml", CodingYml);
        Write("banks/coding/sum.go", SumGo);
        Write("banks/coding/sum.starter.go", SumStarterGo);
        Write("banks/coding/sum_test.go", SumTestGo);
        Write("checklists/day-of.yml", ChecklistYml);
    }

    public string Root => _folder.Combine("input");

    public string OutputPath => _folder.Combine("_site");

    public string PathOf(string relative) => System.IO.Path.Combine(Root, relative);

    public void Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Replace(string relative, string oldText, string newText)
    {
        var text = File.ReadAllText(PathOf(relative));
        Assert.Contains(oldText, text);
        Write(relative, text.Replace(oldText, newText));
    }

    public void Dispose() => _folder.Dispose();

    public const string SiteYml = """
        title: Sample guide
        description: A guide for tests.
        base_url: https://example.org
        repository: https://github.com/example/guide
        branch: main
        nav:
          - title: Problems
            link: /problems/
        """;

    public const string ChapterMd = """
        ---
        title: Basics
        order: 1
        summary: The basics.
        tags: [arrays]
        ---
        ## First steps

        Read [Sum](xref:sum) and tick the [list](xref:day-of).

        ::: tip
        Practice daily.
        :::

        See [the start](#first-steps).
        """;

    // Line numbers matter: tests point at "title" on line 8 and "difficulty" on line 9.
    public const string CodingYml = """
        id: coding
        title: Coding
        description: |
          Coding problems.
        kind: coding
        questions:
          - id: sum
            title: Sum of a slice
            difficulty: easy
            topics: [arrays]
            pattern: Loop
            prompt: |
              Add up the numbers.
            hints:
              - Use a loop.
            answer: |
              Keep a running total.
            complexity:
              time: O(n)
              space: O(1)
            code: coding/sum.go
            expected_output: |
              6
            category: arrays-hashing
            starter: coding/sum.starter.go
            tests: coding/sum_test.go
        """;

    public const string SumGo = """
        package main

        import "fmt"

        func sum(xs []int) int {
        	total := 0
        	for _, x := range xs {
        		total += x
        	}
        	return total
        }

        func main() {
        	fmt.Println(sum([]int{1, 2, 3}))
        }

        """;

    /// <summary>The starter of <see cref="SumGo"/>: its signature, returning zero.</summary>
    public const string SumStarterGo = """
        package main

        func sum(xs []int) int {
        	return 0
        }

        """;

    /// <summary>The tests of <see cref="SumGo"/>: two cases in the fixed form; the starter fails the first and passes the second.</summary>
    public const string SumTestGo = """
        package main

        import "testing"

        func TestSum(t *testing.T) {
        	testCases := []struct {
        		name string
        		xs   []int
        		want int
        	}{
        		{"three numbers", []int{1, 2, 3}, 6},
        		{"empty", nil, 0},
        	}
        	for _, tc := range testCases {
        		t.Run(tc.name, func(t *testing.T) {
        			if got := sum(tc.xs); got != tc.want {
        				t.Errorf("input: xs = %v\ngot: %d\nwant: %d", tc.xs, got, tc.want)
        			}
        		})
        	}
        }

        """;

    public const string ChecklistYml = """
        id: day-of
        title: Day of
        intro: |
          Before you log in.
        sections:
          - title: Setup
            items:
              - text: Charge the laptop
              - text: Test the camera
                note: Same room, same light.
        """;
}
