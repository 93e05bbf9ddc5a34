namespace StudyGuide.Fuzzing.Mutations;

/// <summary>
/// Very long lines (1,000 to about a million characters): in a Markdown paragraph, in a
/// <c>```go</c> fence (the highlighter's input), in a Go code file, or as a YAML value.
/// </summary>
public sealed record LongLines(int Place, int Pattern, int Length, int Count, uint Spot) : LineMutation
{
    public static readonly string[] Places = ["paragraph", "go-fence", "go-file", "yaml-value"];

    /// <summary>What the lines repeat: words, Go tokens (for the tokenizer's regular expressions), quotes, emphasis, wide characters.</summary>
    public static readonly string[] Patterns = ["a", "lorem ipsum ", "x := f(y[i], \"s\") + 1; ", "\"", "*", "`", "/* ", "日本語", "<b>", "\\"];

    public override string Name => "long-lines";

    public override string Describe() => $"{Name}: {Count} x {Length} chars of '{Patterns[Pattern]}' in {Places[Place]} at raw spot {Spot}";

    protected override void Edit(List<string> lines)
    {
        var line = Line();
        var block = Enumerable.Repeat(line, Count);
        switch (Places[Place])
        {
            case "paragraph":
                MarkdownSpot.Pick(lines, Spot).Insert(lines, block);
                break;
            case "go-fence":
                MarkdownSpot.Pick(lines, Spot).Insert(lines, ["```go", .. block, "```"]);
                break;
            case "go-file":
                lines.InsertRange(Pick(Spot, lines.Count + 1), block.Select((l, i) => i % 2 == 0 ? "// " + l : "var _ = `" + l + "`"));
                break;
            default:
                lines.InsertRange(YamlTopLevel.InsertionLine(lines), block.Select((l, i) => $"long{i}: {l}"));
                break;
        }
    }

    private string Line()
    {
        var pattern = Patterns[Pattern];
        return DeepMarkdown.Repeat(pattern, Math.Max(1, Length / pattern.Length));
    }
}
