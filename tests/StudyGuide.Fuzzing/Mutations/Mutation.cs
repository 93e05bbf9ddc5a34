using System.Text;

namespace StudyGuide.Fuzzing.Mutations;

/// <summary>
/// One change to one file of a case. Generated with random parameters (raw numbers, reduced
/// modulo what the file offers when applied), so a generator does not need to know the file and
/// the same seed gives the same change.
/// </summary>
public abstract record Mutation
{
    /// <summary>Short name for the report, e.g. <c>deep-nesting</c>.</summary>
    public abstract string Name { get; }

    /// <summary>One line: the name and the parameters that matter to reproduce it by hand.</summary>
    public abstract string Describe();

    /// <summary>Changes the file at <paramref name="path"/> (inside a case folder).</summary>
    public abstract void ApplyTo(string path);

    /// <summary>A raw random number reduced to an index below <paramref name="count"/> (which must be positive).</summary>
    protected static int Pick(uint random, int count) => (int)(random % (uint)count);
}

/// <summary>A mutation of the file's bytes.</summary>
public abstract record ContentMutation : Mutation
{
    public sealed override void ApplyTo(string path) => File.WriteAllBytes(path, Transform(File.ReadAllBytes(path)));

    public abstract byte[] Transform(byte[] content);
}

/// <summary>A mutation of the file's lines (UTF-8 text split at <c>\n</c>, joined back the same way).</summary>
public abstract record LineMutation : ContentMutation
{
    public sealed override byte[] Transform(byte[] content)
    {
        var lines = Encoding.UTF8.GetString(content).Split('\n').ToList();
        Edit(lines);
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    protected abstract void Edit(List<string> lines);
}

/// <summary>Where Markdown can be inserted into a file, and with which indentation.</summary>
public readonly record struct MarkdownSpot(int Line, string Indent)
{
    /// <summary>
    /// In a chapter, any line of the body (after the front matter); in YAML, the first line of
    /// a block scalar (<c>prompt: |</c>, <c>- |</c>) at that scalar's indentation; elsewhere, the end.
    /// </summary>
    public static MarkdownSpot Pick(IReadOnlyList<string> lines, uint random)
    {
        var spots = new List<MarkdownSpot>();
        var bodyStart = lines.Count > 0 && lines[0].TrimEnd() == "---" ? FrontMatterEnd(lines) : -1;
        if (bodyStart >= 0)
        {
            spots.AddRange(Enumerable.Range(bodyStart, lines.Count - bodyStart).Select(i => new MarkdownSpot(i, "")));
        }
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (IsBlockScalarHeader(lines[i]))
            {
                var next = lines[i + 1];
                spots.Add(new MarkdownSpot(i + 1, next[..(next.Length - next.TrimStart(' ').Length)]));
            }
        }
        return spots.Count == 0 ? new MarkdownSpot(lines.Count, "") : spots[(int)(random % (uint)spots.Count)];
    }

    /// <summary>Inserts <paramref name="block"/> as its own Markdown block (blank lines around it) at this spot.</summary>
    public void Insert(List<string> lines, IEnumerable<string> block)
    {
        var indent = Indent;
        lines.InsertRange(Line, [indent, .. block.Select(l => indent + l), indent]);
    }

    private static int FrontMatterEnd(IReadOnlyList<string> lines)
    {
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].TrimEnd() == "---")
            {
                return i + 1;
            }
        }
        return -1;
    }

    private static bool IsBlockScalarHeader(string line)
    {
        var trimmed = line.TrimEnd();
        return trimmed.EndsWith(": |", StringComparison.Ordinal) || trimmed.EndsWith(": >", StringComparison.Ordinal)
            || trimmed.EndsWith("- |", StringComparison.Ordinal) || trimmed.EndsWith(": |-", StringComparison.Ordinal);
    }
}
