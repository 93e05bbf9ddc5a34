namespace StudyGuide.Fuzzing.Mutations;

/// <summary>
/// Markdown nested thousands of levels deep (blockquotes, lists, emphasis, links), inserted where
/// Markdown is read: a chapter's body or a YAML block scalar.
/// </summary>
public sealed record DeepMarkdown(int Style, int Depth, uint Spot) : LineMutation
{
    public static readonly string[] Styles = ["blockquote", "dash-list", "star-list", "ordered-list", "emphasis", "strong", "link", "brackets", "quoted-list", "backticks", "html"];

    public override string Name => "deep-nesting";

    public override string Describe() => $"{Name}: {Styles[Style]} x {Depth} at raw spot {Spot}";

    protected override void Edit(List<string> lines) => MarkdownSpot.Pick(lines, Spot).Insert(lines, [Nested(Styles[Style], Depth)]);

    private static string Nested(string style, int depth) => style switch
    {
        "blockquote" => new string('>', depth) + " deep",
        "dash-list" => Repeat("- ", depth) + "deep",
        "star-list" => Repeat("* ", depth) + "deep",
        "ordered-list" => Repeat("1. ", depth) + "deep",
        "emphasis" => new string('*', depth) + "deep" + new string('*', depth),
        "strong" => Repeat("**a ", depth) + "deep" + Repeat(" a**", depth),
        "link" => new string('[', depth) + "deep" + Repeat("](xref:two-sum)", depth),
        "brackets" => new string('[', depth) + "deep",
        "quoted-list" => Repeat("> - ", depth) + "deep",
        "backticks" => new string('`', depth) + "deep",
        _ => Repeat("<div>", depth) + "deep",
    };

    public static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));
}

/// <summary>YAML flow collections nested thousands of levels deep, as a new top-level key.</summary>
public sealed record DeepYaml(bool Mappings, int Depth) : LineMutation
{
    public override string Name => "deep-yaml";

    public override string Describe() => $"{Name}: {(Mappings ? "{a: …}" : "[…]")} x {Depth}";

    protected override void Edit(List<string> lines) => lines.Insert(YamlTopLevel.InsertionLine(lines), Mappings
        ? "deep: " + DeepMarkdown.Repeat("{a: ", Depth) + "b" + new string('}', Depth)
        : "deep: " + new string('[', Depth) + new string(']', Depth));
}

/// <summary>Where a new top-level YAML key can go: the end of a YAML file, or the end of a chapter's front matter.</summary>
public static class YamlTopLevel
{
    public static int InsertionLine(IReadOnlyList<string> lines)
    {
        if (lines.Count > 0 && lines[0].TrimEnd() == "---")
        {
            for (var i = 1; i < lines.Count; i++)
            {
                if (lines[i].TrimEnd() == "---")
                {
                    return i;
                }
            }
        }
        // Before a final empty line, so the key is not after the file's last newline only.
        return lines.Count > 0 && lines[^1].Length == 0 ? lines.Count - 1 : lines.Count;
    }
}
