using System.Text.RegularExpressions;

namespace StudyGuide.Fuzzing.Mutations;

/// <summary>
/// A "billion laughs" alias bomb (<c>Width</c>^<c>Levels</c> nodes when expanded) as a new
/// top-level key: used as a value, or as a mapping key (explicit <c>? *b</c> or implicit <c>*b :</c>).
/// </summary>
public sealed record AliasBomb(int Levels, int Width, int Use) : LineMutation
{
    public static readonly string[] Uses = ["value", "explicit-key", "implicit-key"];

    public override string Name => "alias-bomb";

    public override string Describe() => $"{Name}: {Width}^{Levels} as {Uses[Use]}";

    protected override void Edit(List<string> lines)
    {
        var bomb = new List<string> { $"b0: &b0 [{string.Join(", ", Enumerable.Repeat("lol", Width))}]" };
        for (var level = 1; level <= Levels; level++)
        {
            bomb.Add($"b{level}: &b{level} [{string.Join(", ", Enumerable.Repeat($"*b{level - 1}", Width))}]");
        }
        bomb.AddRange(Uses[Use] switch
        {
            "value" => [$"bomb: *b{Levels}"],
            "explicit-key" => [$"? *b{Levels}", ": bomb"],
            _ => [$"*b{Levels} : bomb"],
        });
        lines.InsertRange(YamlTopLevel.InsertionLine(lines), bomb);
    }
}

/// <summary>A second YAML document (<c>---</c> or <c>...</c>) in the middle or at the end.</summary>
public sealed record SecondDocument(int Marker, uint Line) : LineMutation
{
    public static readonly string[] Markers = ["---", "...", "--- !tag", "---\ntitle: second"];

    public override string Name => "second-document";

    public override string Describe() => $"{Name}: '{Markers[Marker].Replace("\n", "\\n", StringComparison.Ordinal)}' at raw line {Line}";

    protected override void Edit(List<string> lines) => lines.InsertRange(Pick(Line, lines.Count + 1), Markers[Marker].Split('\n'));
}

/// <summary>
/// Replaces the value or the key of a <c>key: value</c> line with something the content model
/// does not expect: aliases, anchors, tags, collections, odd scalars, escaped newlines and escapes.
/// </summary>
public sealed partial record OddYamlNode(bool Key, int Node, uint Line) : LineMutation
{
    public static readonly string[] Nodes =
    [
        "*nope", "&anchor x", "!!binary aGk=", "!custom x", "{a: b}", "[a, b]", "~", "null", "\"\"", "'", "|", ">-",
        "\"a\\ninput/site.yml:1:1: error: forged\"", "\"\\e[31mred\\e[0m\\a\"", "\"\\u202e\"", "\"\\0\"", "0x1F", ".inf", "1e999",
        "-1", "99999999999999999999", "true", "2024-01-01", "<<", "? complex", "&a [*a]", "- item", "@reserved", "%directive",
    ];

    public override string Name => "odd-yaml-node";

    public override string Describe() => $"{Name}: {(Key ? "key" : "value")} '{Nodes[Node]}' at raw key line {Line}";

    protected override void Edit(List<string> lines)
    {
        var candidates = Enumerable.Range(0, lines.Count).Where(i => KeyValue().IsMatch(lines[i])).ToList();
        if (candidates.Count == 0)
        {
            return;
        }
        var at = candidates[Pick(Line, candidates.Count)];
        var match = KeyValue().Match(lines[at]);
        lines[at] = Key
            ? match.Groups["indent"].Value + Nodes[Node] + ": " + match.Groups["value"].Value
            : match.Groups["indent"].Value + match.Groups["key"].Value + ": " + Nodes[Node];
    }

    [GeneratedRegex(@"^(?<indent>\s*(?:- )?)(?<key>[a-z_]+): (?<value>.*)$")]
    private static partial Regex KeyValue();
}

/// <summary>Gives a content item the id of another item, often of another kind (a question named like a chapter).</summary>
public sealed partial record IdClash(string Id, uint Line) : LineMutation
{
    public override string Name => "id-clash";

    public override string Describe() => $"{Name}: id '{Id}' at raw id line {Line}";

    protected override void Edit(List<string> lines)
    {
        var candidates = Enumerable.Range(0, lines.Count).Where(i => IdLine().IsMatch(lines[i])).ToList();
        if (candidates.Count > 0)
        {
            var at = candidates[Pick(Line, candidates.Count)];
            lines[at] = IdLine().Replace(lines[at], "${prefix}" + Id);
        }
    }

    [GeneratedRegex(@"^(?<prefix>\s*(?:- )?id: )\S+\s*$")]
    private static partial Regex IdLine();
}
