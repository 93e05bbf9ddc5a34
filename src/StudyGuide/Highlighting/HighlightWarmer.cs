using Markdig.Syntax;
using StudyGuide.Content;
using StudyGuide.Linking;

namespace StudyGuide.Highlighting;

/// <summary>
/// Highlights every code block of the site on one background thread while the later stages run.
/// Tokenizing does not run in parallel (two independent highlighters on two threads are no faster
/// than one: the regex engine serialises them), so on a build without cached highlighting it is
/// a long single-threaded job; starting it right after parsing, in the reverse of the order the
/// pages render in, lets it run beside linking and planning and meet the render threads halfway.
/// </summary>
public static class HighlightWarmer
{
    public static Task Start(CodeHighlighter highlighter, ParsedContent parsed) => Task.Run(() =>
    {
        var blocks = Blocks(parsed);
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            highlighter.Highlight(blocks[i].Code, blocks[i].Language);
        }
    });

    /// <summary>The code and language of each fenced block and question program, in page order.</summary>
    private static List<(string Code, string Language)> Blocks(ParsedContent parsed)
    {
        var blocks = new List<(string, string)>();
        foreach (var (_, source) in ContentMarkdown.All(parsed.Content))
        {
            foreach (var block in parsed[source].Document.Descendants<FencedCodeBlock>())
            {
                if (block.Info?.Trim() is { Length: > 0 } language && CodeHighlighter.Supports(language))
                {
                    blocks.Add((block.Lines.ToString(), language));
                }
            }
        }
        foreach (var question in parsed.Content.Questions)
        {
            var program = question.Details switch
            {
                CodingDetails coding => coding.Code,
                ConceptDetails concept => concept.Code,
                _ => null,
            };
            if (program is not null)
            {
                blocks.Add((program.Code, "go"));
            }
        }
        return blocks;
    }
}
