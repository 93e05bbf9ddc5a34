using Markdig.Syntax;
using StudyGuide.Highlighting;
using StudyGuide.Linking;
using StudyGuide.Markdown;

namespace StudyGuide.Pipeline;

/// <summary>
/// Highlights every code block of the site on one background thread while the later stages run.
/// Tokenizing does not run in parallel (two independent highlighters on two threads are no faster
/// than one: the regex engine serialises them), so on a build without cached highlighting it is
/// a long single-threaded job; starting it right after parsing, in the reverse of the order the
/// pages render in, lets it run beside linking and planning and meet the render threads halfway.
/// </summary>
internal static class HighlightWarmer
{
    public static Task Start(CodeHighlighter highlighter, ParsedContent parsed) => Task.Run(() =>
    {
        var blocks = Blocks(parsed);
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            highlighter.Highlight(blocks[i].Code, blocks[i].Language);
        }
    });

    /// <summary>The code and language of each code block and question program, in page order, as the render stage highlights them.</summary>
    private static List<(string Code, string? Language)> Blocks(ParsedContent parsed)
    {
        var blocks = ContentMarkdown.All(parsed.Content)
            .SelectMany(field => parsed[field.Source].Document.Descendants<CodeBlock>())
            .Select(HighlightedCodeExtension.CodeOf)
            .ToList();
        blocks.AddRange(parsed.Content.CodeSamples.Select(sample => (sample.Code, (string?)sample.Language.Name)));
        blocks.AddRange(parsed.Content.PracticeFiles.Select(file => (file.Code, (string?)file.Language.Name)));
        return blocks;
    }
}
