namespace StudyGuide.Tests.Infrastructure;

/// <summary>Small Go programs for tests, and where in them a given piece of text sits.</summary>
public static class GoPrograms
{
    /// <summary>A gofmt-clean <c>package main</c> program importing fmt, with <paramref name="body"/> as main's body (tab-indented lines).</summary>
    public static string Program(params string[] body) =>
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n" + string.Concat(body.Select(l => "\t" + l + "\n")) + "}\n";

    /// <summary>Writes a starter and tests for the question <paramref name="id"/> of SampleContent's coding bank (those of its sum question).</summary>
    public static void WritePracticeFiles(SampleContent content, string id)
    {
        content.Write($"banks/coding/{id}.starter.go", SampleContent.SumStarterGo);
        content.Write($"banks/coding/{id}_test.go", SampleContent.SumTestGo);
    }

    /// <summary>
    /// The 1-based line and column of the first occurrence of <paramref name="text"/>, counted the
    /// way Go counts them (columns in bytes; the sources here are ASCII, a tab is one column).
    /// </summary>
    public static (int Line, int Column) PositionOf(string code, string text)
    {
        var lines = code.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var column = lines[i].IndexOf(text, StringComparison.Ordinal);
            if (column >= 0)
            {
                return (i + 1, column + 1);
            }
        }
        throw new ArgumentException($"'{text}' is not in the code");
    }

    /// <summary>
    /// A coding question of a bank for the file <c>coding/&lt;id&gt;.go</c>, in SampleContent's YAML layout, with the
    /// practice files <c>coding/&lt;id&gt;.starter.go</c> and <c>coding/&lt;id&gt;_test.go</c> (see <see cref="WritePracticeFiles"/>).
    /// </summary>
    public static string CodingQuestion(string id, string? expectedOutput)
    {
        var yaml = $"""
              - id: {id}
                title: {id}
                difficulty: easy
                topics: [arrays]
                pattern: Loop
                prompt: |
                  Solve it.
                hints:
                  - Think.
                answer: |
                  Like this.
                complexity:
                  time: O(1)
                  space: O(1)
                code: coding/{id}.go
                category: arrays-hashing
                starter: coding/{id}.starter.go
                tests: coding/{id}_test.go

            """;
        if (expectedOutput is not null)
        {
            yaml += "    expected_output: |\n" + string.Concat(expectedOutput.TrimEnd('\n').Split('\n').Select(l => "      " + l + "\n"));
        }
        return yaml;
    }
}
