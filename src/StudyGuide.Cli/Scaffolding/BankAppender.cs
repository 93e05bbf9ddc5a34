using System.Text.RegularExpressions;
using StudyGuide.Diagnostics;
using StudyGuide.Loading;

namespace StudyGuide.Cli.Scaffolding;

/// <summary>
/// Adds a question to a bank file as text, after the last line of its <c>questions:</c> list,
/// so the rest of the file (comments, quoting, block styles, blank lines) stays exactly as it
/// was and the diff is only the new question. The result is parsed before it is written: a
/// file this cannot extend safely is left alone, with a message.
/// </summary>
internal static partial class BankAppender
{
    [GeneratedRegex(@"^questions:[ \t]*(\[\s*\])?[ \t]*(#.*)?$")]
    private static partial Regex QuestionsKey();

    [GeneratedRegex(@"^( *)- ")]
    private static partial Regex ListItem();

    /// <summary>Appends <paramref name="questionYaml"/> (written at indentation 0) and returns the 1-based line it starts at.</summary>
    public static int Append(string bankPath, string displayPath, string id, string questionYaml)
    {
        var original = File.ReadAllText(bankPath);
        var newline = original.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = original.Replace("\r\n", "\n").Split('\n').ToList();
        if (lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1); // the final newline
        }

        var key = lines.FindIndex(l => QuestionsKey().IsMatch(l));
        if (key < 0)
        {
            throw new ScaffoldException($"{displayPath} has no top-level 'questions:' line to add the question to");
        }
        var match = QuestionsKey().Match(lines[key]);
        if (match.Groups[1].Success)
        {
            lines[key] = "questions:" + (match.Groups[2].Success ? " " + match.Groups[2].Value : ""); // "questions: []" becomes a block list
        }

        // The list runs until the next line that starts a top-level key; the new item goes after its last non-blank line.
        var end = key + 1;
        while (end < lines.Count && (lines[end].Length == 0 || lines[end][0] is ' ' or '-' or '#' or '\t'))
        {
            end++;
        }
        var last = end - 1;
        while (last > key && (lines[last].Trim().Length == 0 || lines[last].StartsWith('#')))
        {
            last--;
        }
        var indent = lines.Skip(key + 1).Take(end - key - 1).Select(l => ListItem().Match(l)).FirstOrDefault(m => m.Success)?.Groups[1].Value ?? "  ";

        var question = questionYaml.Replace("\r\n", "\n").TrimEnd('\n').Split('\n').Select(l => l.Length == 0 ? l : indent + l);
        lines.InsertRange(last + 1, question);
        var text = string.Join(newline, lines) + newline;
        Verify(text, displayPath, id);
        File.WriteAllText(bankPath, text);
        return last + 2;
    }

    /// <summary>The new text must still be a bank whose last question is the new one.</summary>
    private static void Verify(string text, string displayPath, string id)
    {
        var diagnostics = new DiagnosticBag();
        var added = YamlFile.Parse(displayPath, text, diagnostics)?.MapList("questions") is [.., var last] ? last.String("id") : null;
        if (added != id)
        {
            throw new ScaffoldException($"could not add the question to {displayPath} without breaking it ({(diagnostics.Sorted() is [var firstError, ..] ? firstError.Message : "its layout is unusual")}); nothing was changed. Add it by hand");
        }
    }
}
