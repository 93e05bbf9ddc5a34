using StudyGuide.Content;
using StudyGuide.Diagnostics;

namespace StudyGuide.Loading;

/// <summary>
/// Splits a Markdown file into its YAML front matter (between <c>---</c> lines at the top)
/// and its body, keeping line numbers so both parts report errors at their real lines.
/// </summary>
internal sealed record FrontMatter(YamlMap? Yaml, MarkdownSource Body)
{
    /// <summary>The key path of a Markdown file's body (see <see cref="MarkdownSource.KeyPath"/>).</summary>
    public const string BodyKey = "body";

    public static FrontMatter Split(string displayPath, string text, DiagnosticBag diagnostics, bool required)
    {
        text = text.Replace("\r\n", "\n");
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            if (required)
            {
                diagnostics.Error(SourceLocation.StartOf(displayPath),
                    "missing front matter: start the file with a '---' line, then 'title:', 'order:', 'summary:', then '---'");
            }
            return new FrontMatter(null, new MarkdownSource(text, SourceLocation.StartOf(displayPath), BodyKey));
        }

        var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (end < 0 && text.Length >= 7 && text.EndsWith("\n---", StringComparison.Ordinal))
        {
            end = text.Length - 4; // the closing line is the file's last, with no newline after it
        }
        if (end < 0)
        {
            diagnostics.Error(SourceLocation.StartOf(displayPath), "front matter is not closed: add a '---' line after it");
            return new FrontMatter(null, new MarkdownSource("", SourceLocation.StartOf(displayPath), BodyKey));
        }

        var yamlText = text[4..(end + 1)];
        var yaml = YamlFile.Parse(displayPath, yamlText, diagnostics, lineOffset: 1);
        var bodyLine = 1 + yamlText.Count(c => c == '\n') + 2;
        var body = text[Math.Min(end + 5, text.Length)..];
        return new FrontMatter(yaml, new MarkdownSource(body, new SourceLocation(displayPath, bodyLine, 1), BodyKey));
    }
}
