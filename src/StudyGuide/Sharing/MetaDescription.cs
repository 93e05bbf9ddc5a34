using Markdig.Syntax;
using StudyGuide.Markdown;

namespace StudyGuide.Sharing;

/// <summary>
/// A page's description, as search engines and link previews show it (<c>description</c>,
/// <c>og:description</c>, <c>twitter:description</c>): the text of a Markdown field's first
/// paragraph with the spacing a reader sees, so a line break between two words stays a space
/// ("two\ndifferent" is "two different", never "twodifferent"), shortened to
/// <see cref="MaxLength"/> characters at a word.
/// </summary>
internal static class MetaDescription
{
    /// <summary>About what search results show before they cut a description off.</summary>
    public const int MaxLength = 160;

    /// <summary>The description of a field: its first paragraph's text, shortened; empty when it has no paragraph.</summary>
    public static string Of(MarkdownDocument document) =>
        Shorten(MarkdownParser.PlainText(document.Descendants<ParagraphBlock>().FirstOrDefault()?.Inline, asRead: true));

    /// <summary>
    /// <paramref name="text"/> on one line (every run of white space one space, none at the ends),
    /// cut at the last word that fits with an ellipsis when it is longer than <see cref="MaxLength"/>.
    /// </summary>
    public static string Shorten(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var line = string.Join(' ', words);
        if (line.Length <= MaxLength)
        {
            return line;
        }
        var cut = line[..(MaxLength - 1)];
        var lastSpace = cut.LastIndexOf(' ');
        return (lastSpace > MaxLength / 2 ? cut[..lastSpace] : cut).TrimEnd(',', ';', ':', ' ') + "…";
    }
}
