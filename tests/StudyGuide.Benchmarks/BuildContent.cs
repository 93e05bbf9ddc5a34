using System.Text;

namespace StudyGuide.Benchmarks;

/// <summary>
/// Content shaped like the Hugo reference in the performance issue: chapters of about 8 KB of
/// Markdown with front matter, headings, paragraphs, a table, a task list, two fenced Go blocks and
/// xrefs; and as many coding questions (in banks of at most <see cref="BankSize"/>, so no bank file nears
/// the loader's per-file size bound) with hints, answer and a Go file each. Every page
/// has its own text and code, so nothing is served from a cache that real content would miss.
/// Deterministic: the same counts give the same files.
/// </summary>
public sealed class BuildContent(int chapters, int questions)
{
    private static readonly string[] Words =
    [
        "goroutine", "channel", "slice", "interface", "scheduler", "latency", "cache", "shard", "queue", "mutex",
        "context", "deadline", "allocation", "escape", "pointer", "buffer", "worker", "retry", "index", "replica",
        "the", "a", "of", "to", "and", "in", "is", "that", "for", "with", "when", "each", "every", "your", "then",
    ];

    /// <summary>Questions per bank file: about 1.4 MiB of YAML, a third of the per-file bound.</summary>
    private const int BankSize = 1000;

    /// <summary>
    /// Writes the content under <paramref name="root"/>, leaving files that already hold the same
    /// text untouched: deleting and rewriting thousands of files just before a measured build makes
    /// ext4 slow to allocate inodes for that build (it skips recently deleted ones), see docs/performance.md.
    /// </summary>
    public void WriteTo(string root)
    {
        Directory.CreateDirectory(Path.Combine(root, "chapters"));
        Directory.CreateDirectory(Path.Combine(root, "banks"));
        Write(Path.Combine(root, "site.yml"),
            "title: Benchmark guide\ndescription: Synthetic content for the build benchmark.\nbase_url: https://example.org\n"
            + "repository: https://github.com/example/guide\nbranch: main\nnav:\n  - title: Problems\n    link: /problems/\n");
        Write(Path.Combine(root, "index.md"), "---\ntitle: Benchmark guide\n---\nStart with [the first chapter](xref:chapter-0).\n");
        for (var i = 0; i < chapters; i++)
        {
            Write(Path.Combine(root, "chapters", $"chapter-{i}.md"), Chapter(i));
        }
        for (var first = 0; first < questions; first += BankSize)
        {
            var id = $"coding-{first / BankSize}";
            Directory.CreateDirectory(Path.Combine(root, "banks", id));
            var bank = new StringBuilder($"id: {id}\ntitle: Coding {first / BankSize}\ndescription: |\n  Synthetic problems.\nkind: coding\nquestions:\n");
            for (var i = first; i < Math.Min(questions, first + BankSize); i++)
            {
                bank.Append(Question(id, i));
                Write(Path.Combine(root, "banks", id, $"problem-{i}.go"), Program(i));
                Write(Path.Combine(root, "banks", id, $"problem-{i}.starter.go"), Starter(i));
                Write(Path.Combine(root, "banks", id, $"problem-{i}_test.go"), Tests(i));
            }
            Write(Path.Combine(root, "banks", $"{id}.yml"), bank.ToString());
        }
        // A folder written by another version or other counts may hold files this one does not
        // (an older single bank would duplicate every question id): only those go.
        foreach (var stale in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(f => !_written.Contains(f)).ToList())
        {
            File.Delete(stale);
        }
    }

    private readonly HashSet<string> _written = [];

    private void Write(string path, string text)
    {
        _written.Add(path);
        if (!File.Exists(path) || File.ReadAllText(path) != text)
        {
            File.WriteAllText(path, text);
        }
    }

    private static string Sentence(int seed, int length)
    {
        var text = new StringBuilder();
        for (var w = 0; w < length; w++)
        {
            text.Append(w == 0 ? "" : " ").Append(Words[(seed * 31 + w * 7 + w * w) % Words.Length]);
        }
        return char.ToUpperInvariant(text[0]) + text.ToString(1, text.Length - 1) + ".";
    }

    private string Chapter(int i)
    {
        var md = new StringBuilder($"---\ntitle: Chapter {i}\norder: {i}\nsummary: {Sentence(i, 12)}\ntags: [concurrency]\n---\n");
        for (var section = 0; section < 6; section++)
        {
            md.Append(System.Globalization.CultureInfo.InvariantCulture, $"\n## Section {section} of chapter {i}\n\n");
            for (var p = 0; p < 3; p++)
            {
                md.Append(Sentence(i + section + p, 24)).Append(' ').Append(Sentence(i * 3 + p, 18)).Append("\n\n");
            }
            if (section == 1)
            {
                md.Append("| Approach | Time | Space |\n|---|---|---|\n| Brute force | O(n^2) | O(1) |\n")
                    .Append(System.Globalization.CultureInfo.InvariantCulture, $"| Hash map | O(n) | O(n) |\n| Variant {i} | O(n log n) | O(1) |\n\n");
            }
            if (section == 2)
            {
                md.Append(System.Globalization.CultureInfo.InvariantCulture, $"- [ ] Read section {i}.1\n- [ ] Solve the warm-up for chapter {i}\n- [x] Review the notes of chapter {i}\n\n");
            }
            if (section is 3 or 4)
            {
                md.Append("```go\n").Append(Program(i * 10 + section)).Append("```\n\n");
            }
        }
        var problem = questions == 0 ? "" : $" Practise with [problem {i % questions}](xref:problem-{i % questions}).";
        var next = i + 1 < chapters ? $" Next: [chapter {i + 1}](xref:chapter-{i + 1})." : "";
        return md.Append(System.Globalization.CultureInfo.InvariantCulture, $"See also [section 1](#section-1-of-chapter-{i}).{problem}{next}\n").ToString();
    }

    private static string Question(string bank, int i) => $"""
          - id: problem-{i}
            title: Problem {i}
            difficulty: {(i % 3 == 0 ? "easy" : i % 3 == 1 ? "medium" : "hard")}
            topics: [arrays, hash-map]
            pattern: Hash map
            prompt: |
              {Sentence(i, 30)}
              {Sentence(i + 1, 30)}
            hints:
              - {Sentence(i + 2, 10)}
              - {Sentence(i + 3, 12)}
            answer: |
              {Sentence(i + 4, 40)}

              {Sentence(i + 5, 40)}
            complexity:
              time: O(n)
              space: O(n)
            code: {bank}/problem-{i}.go
            expected_output: |
              {i + 6}
            category: arrays-hashing
            starter: {bank}/problem-{i}.starter.go
            tests: {bank}/problem-{i}_test.go

        """;

    private static string Starter(int i) => $$"""
        package main

        func sum{{i}}(xs []int) int {
        	return 0
        }

        """;

    private static string Tests(int i) => $$"""
        package main

        import "testing"

        func TestSum{{i}}(t *testing.T) {
        	t.Run("one to three", func(t *testing.T) {
        		if got := sum{{i}}([]int{1, 2, 3}); got != 6 {
        			t.Errorf("input: xs = [1 2 3]\ngot: %d\nwant: 6", got)
        		}
        	})
        }

        """;

    private static string Program(int i) => $$"""
        package main

        import "fmt"

        // sum{{i}} adds the numbers of a slice; variant {{i}}.
        func sum{{i}}(xs []int) int {
        	total := 0
        	for _, x := range xs {
        		total += x
        	}
        	return total + {{i}}
        }

        func main() {
        	fmt.Println(sum{{i}}([]int{1, 2, 3}))
        }

        """;
}
