using StudyGuide.Content;
using StudyGuide.Diagnostics;
using StudyGuide.Markdown;

namespace StudyGuide.Linking;

/// <summary>The parse stage's output: every Markdown field of the content, parsed once.</summary>
internal sealed class ParsedContent
{
    private readonly IReadOnlyDictionary<MarkdownSource, ParsedMarkdown> _parsed;

    private ParsedContent(ContentSet content, IReadOnlyDictionary<MarkdownSource, ParsedMarkdown> parsed)
    {
        Content = content;
        _parsed = parsed;
    }

    public ContentSet Content { get; }

    public ParsedMarkdown this[MarkdownSource source] => _parsed[source];

    /// <summary>The same parse with one field parsed again, for <paramref name="content"/> in which that field replaced another.</summary>
    public ParsedContent With(ContentSet content, ParsedMarkdown reparsed)
    {
        var parsed = new Dictionary<MarkdownSource, ParsedMarkdown>(_parsed)
        {
            [reparsed.Source] = reparsed,
        };
        return new ParsedContent(content, parsed);
    }

    /// <summary>Parses all fields in parallel; the fields are independent.</summary>
    /// <param name="cache">Trees of the previous build to reuse for unchanged fields (the preview), or null.</param>
    public static ParsedContent Parse(ContentSet content, MarkdownParser parser, DiagnosticBag diagnostics, ParsedMarkdownCache? cache = null)
    {
        var sources = ContentMarkdown.All(content).Select(x => x.Source).ToList();
        var results = new ParsedMarkdown[sources.Count];
        cache?.Begin();
        Parallel.For(0, sources.Count, i => results[i] = cache is null ? parser.Parse(sources[i], diagnostics) : cache.Parse(sources[i], parser, diagnostics));
        return new ParsedContent(content, results.ToDictionary(r => r.Source));
    }
}
