namespace StudyGuide.Fuzzing.Mutations;

/// <summary>Deletes a run of lines.</summary>
public sealed record DeleteLines(uint Start, int Count) : LineMutation
{
    public override string Name => "delete-lines";

    public override string Describe() => $"{Name}: {Count} from raw line {Start}";

    protected override void Edit(List<string> lines)
    {
        var start = Pick(Start, lines.Count);
        lines.RemoveRange(start, Math.Min(Count, lines.Count - start));
    }
}

/// <summary>Copies a run of lines to another place in the same file (a duplicated key, item or section).</summary>
public sealed record DuplicateLines(uint Start, int Count, uint Target) : LineMutation
{
    public override string Name => "duplicate-lines";

    public override string Describe() => $"{Name}: {Count} from raw line {Start} to raw line {Target}";

    protected override void Edit(List<string> lines)
    {
        var start = Pick(Start, lines.Count);
        var copy = lines.GetRange(start, Math.Min(Count, lines.Count - start));
        lines.InsertRange(Pick(Target, lines.Count + 1), copy);
    }
}

/// <summary>Inserts a fragment of another input file (YAML into Markdown, a question into a checklist, …).</summary>
public sealed record Splice(string Donor, string[] Fragment, uint Target) : LineMutation
{
    public override string Name => "splice";

    public override string Describe() => $"{Name}: {Fragment.Length} lines of {Donor} at raw line {Target}";

    protected override void Edit(List<string> lines) => lines.InsertRange(Pick(Target, lines.Count + 1), Fragment);
}

/// <summary>Replaces the spaces that indent a line with a tab (YAML forbids tabs in indentation).</summary>
public sealed record TabIndent(uint Line) : LineMutation
{
    public override string Name => "tab-indent";

    public override string Describe() => $"{Name}: raw indented line {Line}";

    protected override void Edit(List<string> lines)
    {
        var indented = Enumerable.Range(0, lines.Count).Where(i => lines[i].StartsWith(' ')).ToList();
        if (indented.Count > 0)
        {
            var at = indented[Pick(Line, indented.Count)];
            lines[at] = "\t" + lines[at].TrimStart(' ');
        }
    }
}
