using System.Text;

namespace StudyGuide.Benchmarks;

/// <summary>
/// Writes a valid content folder of about <c>pages</c> content pages (chapters, questions of all four
/// bank kinds, checklists) with text shaped like the real guide's: Markdown sections, lists, code, and
/// words spread the way the guide's are. Index size and download per query depend on how many pages
/// hold a word and how often, so the text is calibrated on <c>input/</c> (measured from its Pagefind
/// fragments): 30% function words ("the" about 5% of all words); each page is about a few technical terms (its focus, ~4
/// uses each, so a common term such as "goroutine" is on about a third of the pages, a rare one such
/// as "anagram" on a few percent); the rest is a long tail of terms and generated words, flattened
/// so that no content word is on every page. The same page count and seed always give the same files.
/// </summary>
public sealed class SyntheticSite(int pages, int seed = 20250101)
{
    private static readonly string[] FunctionWords =
    [
        "the", "a", "of", "to", "and", "in", "is", "that", "for", "it", "with", "as", "on", "be", "by", "this",
        "when", "you", "your", "each", "one", "not", "or", "can", "from", "at", "an", "which", "if", "then",
        "every", "only", "more", "than", "how", "why", "what", "should", "would", "will", "must", "so",
    ];

    private static readonly string[] Terms =
    [
        "goroutine", "channel", "mutex", "interface", "slice", "map", "pointer", "struct", "closure", "defer",
        "panic", "recover", "context", "cache", "eviction", "latency", "throughput", "shard", "replica", "index",
        "query", "transaction", "queue", "stack", "heap", "tree", "graph", "binary", "search", "sort", "merge",
        "hash", "array", "string", "anagram", "palindrome", "window", "interval", "matrix", "dynamic",
        "programming", "recursion", "memoization", "greedy", "backtracking", "trie", "union", "topological",
        "scheduler", "garbage", "collector", "allocation", "escape", "analysis", "benchmark", "profiling",
        "race", "deadlock", "leak", "timeout", "retry", "backoff", "circuit", "breaker", "rate", "limiter",
        "token", "bucket", "consistent", "partition", "leader", "election", "consensus", "quorum", "idempotent",
        "pagination", "cursor", "webhook", "stream", "batch", "buffer", "worker", "pool", "pipeline", "fan",
        "select", "generics", "constraint", "embedding", "method", "receiver", "value", "error", "wrapping",
        "sentinel", "logging", "metrics", "tracing", "deployment", "rollback", "migration", "schema",
        "database", "replication", "sharding", "load", "balancer", "proxy", "gateway", "authentication",
        "authorization", "session", "cookie", "encryption", "certificate", "compression", "serialization",
        "protocol", "grpc", "http", "socket", "connection", "handshake", "bandwidth", "storage", "object",
        "blob", "snapshot", "checkpoint", "recovery", "failover", "availability", "durability", "consistency",
        "isolation", "lock", "semaphore", "atomic", "counter", "histogram", "percentile", "sliding", "prefix",
        "suffix", "substring", "subsequence", "permutation", "combination", "subset", "bitmask", "modulo",
        "overflow", "complexity", "amortized", "invariant", "boundary", "iterator", "visitor",
        "interviewer", "candidate", "behavioral", "conflict", "ownership", "feedback", "mentoring", "estimate",
        "requirement", "tradeoff", "bottleneck", "capacity", "scaling", "offer", "negotiation", "salary",
    ];

    private static readonly string[] Topics =
    [
        "arrays", "strings", "hash-map", "two-pointers", "sliding-window", "stack", "binary-search", "trees",
        "graphs", "dynamic-programming", "recursion", "sorting", "intervals", "linked-list", "heap", "trie",
        "goroutines", "channels", "sync", "context", "interfaces", "errors", "memory", "runtime", "generics",
        "testing", "caching", "databases", "queues", "scalability", "consistency", "networking", "security",
        "observability", "leadership", "communication", "ownership", "conflict", "design", "career",
    ];

    private static readonly string[] Syllables =
    [
        "ka", "lo", "mi", "ne", "ra", "tu", "sel", "vor", "din", "pre", "qua", "ten", "zu", "bri", "cor",
        "fen", "gal", "hor", "jin", "lum", "mar", "nix", "pol", "ros", "sta", "tri", "ul", "ven", "wex", "yor",
    ];

    /// <summary>Share of words that are function words, and that are the page's focus terms (as in input/).</summary>
    private const double FunctionShare = 0.30, FocusShare = 0.05;

    private readonly Random _random = new(seed);

    /// <summary>Technical terms and generated words in a fixed shuffled order: their rank in the Zipf draw.</summary>
    private readonly string[] _background = Background(seed);

    /// <summary>What the page being written is about.</summary>
    private string[] _focus = [];

    /// <summary>Questions per bank: the real guide's banks hold a few dozen; large sites split into many banks.</summary>
    private const int BankSize = 250;

    public int Pages { get; } = pages;

    public void WriteTo(string root)
    {
        Directory.CreateDirectory(root);
        var chapters = Math.Max(5, Pages / 50);
        var checklists = Math.Max(3, Pages / 200);
        var questions = Math.Max(4, Pages - chapters - checklists);

        File.WriteAllText(Path.Combine(root, "site.yml"), """
            title: Synthetic guide
            description: A generated guide for benchmarks.
            base_url: https://example.org
            repository: https://github.com/example/guide
            branch: main
            nav:
              - title: Chapters
                link: /chapters/
              - title: Problems
                link: /problems/
            """);
        BeginPage();
        File.WriteAllText(Path.Combine(root, "index.md"), "---\ntitle: Synthetic guide\n---\n" + Paragraph() + "\n");

        Directory.CreateDirectory(Path.Combine(root, "chapters"));
        for (var i = 1; i <= chapters; i++)
        {
            File.WriteAllText(Path.Combine(root, "chapters", $"chapter-{i}.md"), Chapter(i));
        }

        Directory.CreateDirectory(Path.Combine(root, "banks"));
        string[] kinds = ["coding", "concept", "behavioral", "system-design"];
        var written = 0;
        for (var bank = 1; written < questions; bank++)
        {
            var kind = kinds[(bank - 1) % kinds.Length];
            var count = Math.Min(BankSize, questions - written);
            File.WriteAllText(Path.Combine(root, "banks", $"bank-{bank}.yml"), Bank(bank, kind, written, count));
            if (kind == "coding")
            {
                Directory.CreateDirectory(Path.Combine(root, "banks", $"bank-{bank}"));
                File.WriteAllText(Path.Combine(root, "banks", $"bank-{bank}", "solution.go"), GoProgram);
                // The practice files' names follow from each question's id.
                for (var id = written + 1; id <= written + count; id++)
                {
                    File.WriteAllText(Path.Combine(root, "banks", $"bank-{bank}", $"q-{id}.starter.go"), GoStarter);
                    File.WriteAllText(Path.Combine(root, "banks", $"bank-{bank}", $"q-{id}_test.go"), GoTests);
                }
            }
            written += count;
        }

        Directory.CreateDirectory(Path.Combine(root, "checklists"));
        for (var i = 1; i <= checklists; i++)
        {
            File.WriteAllText(Path.Combine(root, "checklists", $"list-{i}.yml"), Checklist(i));
        }
    }

    /// <summary>Starts a page about a few terms; common terms are the focus of many pages.</summary>
    private void BeginPage() => _focus = Enumerable.Range(0, 6).Select(_ => Zipf(Terms, 0.7)).Distinct().ToArray();

    private string Chapter(int number)
    {
        BeginPage();
        var text = new StringBuilder();
        text.Append("---\ntitle: ").Append(Title(3)).Append('\n')
            .Append("order: ").Append(number).Append('\n')
            .Append("summary: ").Append(Sentence()).Append('\n')
            .Append("tags: [").Append(string.Join(", ", PickTopics(3))).Append("]\n---\n\n");
        for (var section = 0; section < 8; section++)
        {
            text.Append("## ").Append(Title(3)).Append("\n\n");
            for (var p = 0; p < 3; p++)
            {
                text.Append(Paragraph()).Append("\n\n");
            }
            if (section % 3 == 0)
            {
                text.Append("- ").Append(Sentence()).Append("\n- ").Append(Sentence()).Append("\n- ").Append(Sentence()).Append("\n\n");
            }
            if (section % 4 == 1)
            {
                text.Append("```go\nfunc ").Append(_focus[0]).Append("(n int) int {\n\treturn n * 2\n}\n```\n\n");
            }
        }
        return text.ToString();
    }

    private string Bank(int number, string kind, int firstQuestion, int count)
    {
        var text = new StringBuilder();
        text.Append("id: bank-").Append(number).Append("\ntitle: ").Append(Title(2)).Append(" questions\n")
            .Append("kind: ").Append(kind).Append("\ndescription: |\n").Append(Indent(Paragraph(), 2))
            .Append("questions:\n");
        string[] difficulties = ["easy", "medium", "hard"];
        for (var i = 0; i < count; i++)
        {
            var id = firstQuestion + i + 1;
            BeginPage();
            text.Append("  - id: q-").Append(id).Append('\n')
                .Append("    title: ").Append(Title(2 + _random.Next(3))).Append('\n')
                .Append("    difficulty: ").Append(difficulties[_random.Next(3)]).Append('\n')
                .Append("    topics: [").Append(string.Join(", ", PickTopics(1 + _random.Next(3)))).Append("]\n");
            Field(text, "prompt", 4, Paragraph(), Paragraph());
            Field(text, "answer", 4, Paragraph(), Paragraph(), "- " + Sentence() + "\n- " + Sentence(), Paragraph(), Paragraph());
            text.Append("    follow_ups:\n");
            Field(text, "", 6, Sentence());
            switch (kind)
            {
                case "coding":
                    text.Append("    pattern: ").Append(Title(2)).Append('\n').Append("    hints:\n");
                    Field(text, "", 6, Sentence());
                    Field(text, "", 6, Sentence());
                    text.Append("    complexity:\n      time: O(n)\n      space: O(1)\n")
                        .Append("    code: bank-").Append(number).Append("/solution.go\n")
                        .Append("    category: ").Append(CodingCategories[id % CodingCategories.Length]).Append('\n')
                        .Append("    starter: bank-").Append(number).Append("/q-").Append(id).Append(".starter.go\n")
                        .Append("    tests: bank-").Append(number).Append("/q-").Append(id).Append("_test.go\n");
                    break;
                case "behavioral":
                    Field(text, "looking_for", 4, Paragraph());
                    text.Append("    star:\n");
                    foreach (var part in new[] { "situation", "task", "action", "result" })
                    {
                        Field(text, part, 6, Paragraph());
                    }
                    break;
                case "system-design":
                    foreach (var part in new[] { "requirements", "estimates", "design", "data_model", "scaling", "trade_offs" })
                    {
                        Field(text, part, 4, Paragraph());
                    }
                    break;
            }
        }
        return text.ToString();
    }

    private string Checklist(int number)
    {
        BeginPage();
        var text = new StringBuilder();
        text.Append("id: list-").Append(number).Append("\ntitle: ").Append(Title(3)).Append("\nintro: |\n").Append(Indent(Paragraph(), 2))
            .Append("sections:\n");
        for (var s = 0; s < 4; s++)
        {
            text.Append("  - title: ").Append(Title(2)).Append("\n    items:\n");
            for (var i = 0; i < 6; i++)
            {
                text.Append("      - text: ").Append(Sentence().TrimEnd('.')).Append('\n');
            }
        }
        return text.ToString();
    }

    /// <summary>A YAML block scalar (<c>key: |</c>, or a list item <c>- |</c> when key is empty) of Markdown paragraphs.</summary>
    private static void Field(StringBuilder text, string key, int indent, params string[] paragraphs)
    {
        text.Append(' ', indent).Append(key.Length == 0 ? "- |\n" : key + ": |\n")
            .Append(Indent(string.Join("\n\n", paragraphs), indent + 2));
    }

    private static string Indent(string text, int spaces) =>
        string.Concat(text.Split('\n').Select(line => line.Length == 0 ? "\n" : new string(' ', spaces) + line + "\n"));

    private string Paragraph() => string.Join(" ", Enumerable.Range(0, 3 + _random.Next(4)).Select(_ => Sentence()));

    private string Sentence()
    {
        var words = Enumerable.Range(0, 8 + _random.Next(12)).Select(_ => NextWord()).ToArray();
        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(' ', words) + ".";
    }

    /// <summary>A title names what the page is about: mostly its focus terms.</summary>
    private string Title(int words) => string.Join(' ', Enumerable.Range(0, words).Select(i =>
    {
        var word = _random.NextDouble() < 0.8 ? _focus[_random.Next(_focus.Length)] : Zipf(_background, 0.5);
        return i == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word;
    }));

    private string NextWord()
    {
        var roll = _random.NextDouble();
        return roll < FunctionShare ? Zipf(FunctionWords, 0.8)
            : roll < FunctionShare + FocusShare ? _focus[_random.Next(_focus.Length)]
            : Zipf(_background, 0.5);
    }

    /// <summary>
    /// A word drawn with probability proportional to 1/rank^exponent (inverse of the continuous
    /// power law's distribution function): exponent 1 is classic Zipf, smaller is flatter.
    /// </summary>
    private string Zipf(string[] words, double exponent)
    {
        var u = _random.NextDouble();
        var n = words.Length + 1.0;
        var x = Math.Abs(exponent - 1) < 1e-9
            ? Math.Pow(n, u)
            : Math.Pow(1 + u * (Math.Pow(n, 1 - exponent) - 1), 1 / (1 - exponent));
        return words[Math.Clamp((int)x - 1, 0, words.Length - 1)];
    }

    private IEnumerable<string> PickTopics(int count) => Enumerable.Range(0, count).Select(_ => Zipf(Topics, 1.0)).Distinct();

    private static string[] Background(int seed)
    {
        var random = new Random(seed + 1);
        var words = new HashSet<string>(Terms, StringComparer.Ordinal);
        while (words.Count < Terms.Length + 20_000)
        {
            words.Add(string.Concat(Enumerable.Range(0, 2 + random.Next(3)).Select(_ => Syllables[random.Next(Syllables.Length)])));
        }
        var ordered = words.Order(StringComparer.Ordinal).ToArray();
        random.Shuffle(ordered);
        return ordered;
    }

    private static readonly string[] CodingCategories = ["arrays-hashing", "trees", "graphs", "dp-1d", "concurrency"];

    private const string GoStarter = """
        package main

        func answer() int {
        	return 0
        }

        """;

    private const string GoTests = """
        package main

        import "testing"

        func TestAnswer(t *testing.T) {
        	t.Run("the answer", func(t *testing.T) {
        		if got := answer(); got != 42 {
        			t.Errorf("input: none\ngot: %d\nwant: 42", got)
        		}
        	})
        }

        """;

    private const string GoProgram = """
        package main

        import "fmt"

        func main() {
        	fmt.Println("synthetic")
        }

        """;
}
