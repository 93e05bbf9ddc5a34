using StudyGuide.Content;
using StudyGuide.Diagnostics;

namespace StudyGuide.Loading;

/// <summary>
/// Reads <c>input/banks/*.yml</c>. Which keys a question may have depends on the bank's kind,
/// so a typo such as <c>dificulty</c> or a system-design field in a coding bank is caught here.
/// </summary>
public sealed class QuestionBankLoader
{
    /// <summary>Top-level keys of a bank file; public, like <see cref="QuestionKeys"/>, so the JSON schema tests can hold the schema to them.</summary>
    public static readonly IReadOnlyList<string> BankRequired = ["id", "title", "description", "kind", "questions"];
    private static readonly string[] CommonRequired = ["id", "title", "difficulty", "topics", "prompt", "answer"];
    private static readonly string[] CommonOptional = ["related", "follow_ups"];

    private static readonly Dictionary<string, BankKind> Kinds = new()
    {
        ["coding"] = BankKind.Coding,
        ["concept"] = BankKind.Concept,
        ["behavioral"] = BankKind.Behavioral,
        ["system-design"] = BankKind.SystemDesign,
    };

    private static readonly Dictionary<string, Difficulty> Difficulties = new()
    {
        ["easy"] = Difficulty.Easy,
        ["medium"] = Difficulty.Medium,
        ["hard"] = Difficulty.Hard,
    };

    /// <summary>Extra keys per kind: (required, optional).</summary>
    private static readonly Dictionary<BankKind, (string[] Required, string[] Optional)> KindKeys = new()
    {
        [BankKind.Coding] = (["pattern", "hints", "complexity", "code"], ["expected_output"]),
        [BankKind.Concept] = ([], ["code", "expected_output"]),
        [BankKind.Behavioral] = (["looking_for", "star"], []),
        [BankKind.SystemDesign] = (["requirements", "estimates", "design", "data_model", "scaling", "trade_offs"], []),
    };

    private readonly CodeFileReader _codeReader = new();

    /// <summary>The keys a question of a bank of <paramref name="kind"/> must and may have.</summary>
    public static (IReadOnlyList<string> Required, IReadOnlyList<string> Optional) QuestionKeys(BankKind kind) =>
        ([.. CommonRequired, .. KindKeys[kind].Required], [.. CommonOptional, .. KindKeys[kind].Optional]);

    /// <summary>The word for each kind in bank files, like <c>system-design</c>.</summary>
    public static IReadOnlyDictionary<string, BankKind> KindNames => Kinds;

    public QuestionBank? Load(InputFolder input, string path, DiagnosticBag diagnostics)
    {
        var display = input.DisplayPath(path);
        var text = input.ReadText(path, diagnostics);
        var map = text is null ? null : YamlFile.Parse(display, text, diagnostics);
        if (map is null)
        {
            return null;
        }
        map.CheckKeys(BankRequired, []);
        var id = FileIdReader.Read(map, path);
        var title = map.String("title");
        var description = map.Markdown("description");
        var kind = map.Choice("kind", Kinds);

        var questions = new List<Question>();
        if (kind is { } bankKind && id is not null)
        {
            // Questions are independent (each reads its own code file), and a large bank is one
            // file: loading them in parallel keeps it from being the load stage's long tail.
            var entries = map.MapList("questions").ToList();
            var loaded = new Question?[entries.Count];
            Parallel.For(0, entries.Count, i => loaded[i] = LoadQuestion(input, path, id, bankKind, entries[i]));
            questions.AddRange(loaded.OfType<Question>());
        }

        // Past this point errors were reported; fill gaps so later stages can still check links.
        if (id is null)
        {
            return null;
        }
        return new QuestionBank(id, map.LocationOf("id"), input.RepositoryPath(path), title ?? id,
            description ?? map.MissingMarkdown("description"), kind ?? BankKind.Concept, questions);
    }

    private Question? LoadQuestion(InputFolder input, string bankPath, string bankId, BankKind kind, YamlMap map)
    {
        var (required, optional) = QuestionKeys(kind);
        map.CheckKeys(required, optional);
        var id = map.Id("id");
        var title = map.String("title");
        var difficulty = map.Choice("difficulty", Difficulties);
        var topics = TopicReader.Read(map, "topics");
        var prompt = map.Markdown("prompt");
        var answer = map.Markdown("answer");
        var related = map.ScalarItems("related");
        var followUps = map.MarkdownList("follow_ups");
        var details = LoadDetails(input, bankPath, kind, map);

        if (map.Has("topics") && topics.Count == 0)
        {
            map.File.Diagnostics.Error(map.LocationOf("topics"), "'topics' needs at least one topic, like [arrays, hash-map]");
        }

        // A question with errors is still returned (its errors are reported) so that links to it
        // do not also show up as broken: one mistake, one message.
        if (id is null)
        {
            return null;
        }
        return new Question(id, bankId, input.RepositoryPath(bankPath), map.LocationOf("id"), title ?? id, difficulty ?? Difficulty.Medium,
            topics, prompt ?? map.MissingMarkdown("prompt"), answer ?? map.MissingMarkdown("answer"),
            related.Select(r => r.Node.Value!.Trim()).ToList(), related.Select(r => r.Location).ToList(), followUps, details ?? new ConceptDetails(null));
    }

    private QuestionDetails? LoadDetails(InputFolder input, string bankPath, BankKind kind, YamlMap map) => kind switch
    {
        BankKind.Coding => LoadCoding(input, bankPath, map),
        BankKind.Concept => new ConceptDetails(map.Has("code") ? _codeReader.Read(input, bankPath, map) : null),
        BankKind.Behavioral => LoadBehavioral(map),
        BankKind.SystemDesign => LoadSystemDesign(map),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private CodingDetails? LoadCoding(InputFolder input, string bankPath, YamlMap map)
    {
        var pattern = map.String("pattern");
        var hints = map.MarkdownList("hints");
        if (map.Has("hints") && hints.Count == 0)
        {
            map.File.Diagnostics.Error(map.LocationOf("hints"), "'hints' needs at least one hint; give two or three, each more specific than the last");
        }
        var complexity = map.Map("complexity");
        string? time = null, space = null;
        if (complexity is not null && complexity.CheckKeys(["time", "space"], []))
        {
            time = complexity.String("time");
            space = complexity.String("space");
        }
        var code = map.Has("code") ? _codeReader.Read(input, bankPath, map) : null;
        if (pattern is null || time is null || space is null || code is null)
        {
            return null;
        }
        return new CodingDetails(pattern, hints, time, space, code);
    }

    private static BehavioralDetails? LoadBehavioral(YamlMap map)
    {
        var lookingFor = map.Markdown("looking_for");
        var star = map.Map("star");
        if (star is null || !star.CheckKeys(["situation", "task", "action", "result"], []))
        {
            return null;
        }
        var (situation, task, action, result) = (star.Markdown("situation"), star.Markdown("task"), star.Markdown("action"), star.Markdown("result"));
        return lookingFor is null || situation is null || task is null || action is null || result is null
            ? null
            : new BehavioralDetails(lookingFor, situation, task, action, result);
    }

    private static SystemDesignDetails? LoadSystemDesign(YamlMap map)
    {
        var parts = new[] { "requirements", "estimates", "design", "data_model", "scaling", "trade_offs" }.Select(map.Markdown).ToArray();
        return parts.Any(p => p is null)
            ? null
            : new SystemDesignDetails(parts[0]!, parts[1]!, parts[2]!, parts[3]!, parts[4]!, parts[5]!);
    }
}
