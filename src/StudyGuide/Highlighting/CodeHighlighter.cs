using System.Collections.Concurrent;
using System.Net;
using StudyGuide.CodeLanguages;

namespace StudyGuide.Highlighting;

/// <summary>
/// Build-time syntax highlighting with the VS Code TextMate grammars. Tokens become
/// <c>&lt;span class="tok-…"&gt;</c> so the theme's CSS colours them for light and dark
/// modes alike, and pages ship no highlighting script. Results are cached by content because
/// the same snippet often appears on several pages (and again on every preview rebuild), and
/// can be kept between builds in a <see cref="HighlightCacheFile"/>.
/// </summary>
internal sealed class CodeHighlighter
{
    // TextMate grammars are not thread-safe and costly to load, so sessions (a registry with its
    // loaded grammars) are pooled: a parallel build creates about one per core, then reuses them.
    // A queue, not a ConcurrentBag, whose thread-local storage would keep the pool alive after the build.
    private readonly ConcurrentQueue<TokenizerSession> _sessions = new();
    /// <summary>HTML by <see cref="HighlightCacheFile.KeyOf"/> (hex): everything highlighted by this instance.</summary>
    private readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);

    /// <summary>What a cache file held when it was read: used before tokenizing.</summary>
    private IReadOnlyDictionary<string, string> _stored = new Dictionary<string, string>();

    private int _tokenized;

    /// <summary>
    /// Lines longer than this are shown as plain escaped text, in full. TextMate tokenizing costs
    /// about the square of a line's length (eight lines of 8,000 characters took 30 s) and its time
    /// limit is only checked between matches; the longest line of real content is under 100.
    /// </summary>
    public const int MaxHighlightedLineLength = 200;

    /// <summary>
    /// Code longer than this (in characters) is shown as plain escaped text, in full: with lines
    /// bounded, the cost of a block is bounded by its size. Four times the largest program today.
    /// </summary>
    public const int MaxHighlightedCodeLength = 16 * 1024;

    /// <summary>Grammars for snippets in Markdown fences, besides the code languages' own.</summary>
    private static readonly (string Fence, string Scope)[] SnippetGrammars =
    [
        ("json", "source.json"), ("yaml", "source.yaml"), ("yml", "source.yaml"), ("sql", "source.sql"),
        ("bash", "source.shell"), ("sh", "source.shell"), ("shell", "source.shell"), ("lua", "source.lua"),
    ];

    /// <summary>Languages with a grammar, by the names used after a Markdown code fence.</summary>
    private static readonly Dictionary<string, string> Scopes = Languages.All
        .SelectMany(l => l.FenceNames.Select(fence => (Fence: fence, Scope: l.HighlightScope)))
        .Concat(SnippetGrammars)
        .ToDictionary(g => g.Fence, g => g.Scope, StringComparer.OrdinalIgnoreCase);

    /// <summary>HTML for the inside of a <c>&lt;code&gt;</c> element; escaped plain text for unknown languages and code too large to highlight.</summary>
    public string Highlight(string code, string? language)
    {
        if (language is null || !Scopes.TryGetValue(language, out var scope) || code.Length > MaxHighlightedCodeLength)
        {
            return WebUtility.HtmlEncode(code);
        }
        var key = Convert.ToHexString(HighlightCacheFile.KeyOf(scope, code));
        return _cache.GetOrAdd(key, k => _stored.TryGetValue(k, out var html) ? html : Tokenize(code, scope));
    }

    /// <summary>Nothing highlighted or read from a cache file yet: every code block will need tokenizing.</summary>
    public bool IsEmpty => _cache.IsEmpty && _stored.Count == 0;

    /// <summary>Takes the entries of <paramref name="file"/> as already highlighted.</summary>
    public void Read(HighlightCacheFile file) => _stored = file.Read();

    /// <summary>Writes what this instance highlighted to <paramref name="file"/>, unless that is exactly what it read.</summary>
    public void Write(HighlightCacheFile file)
    {
        if (Volatile.Read(ref _tokenized) == 0 && _cache.Count == _stored.Count)
        {
            return;
        }
        file.Write(_cache);
        _stored = new Dictionary<string, string>(_cache, StringComparer.Ordinal);
        Interlocked.Exchange(ref _tokenized, 0);
    }

    private string Tokenize(string code, string scope)
    {
        Interlocked.Increment(ref _tokenized);
        if (!_sessions.TryDequeue(out var session))
        {
            session = new TokenizerSession();
        }
        try
        {
            return session.ToHtml(code, scope) ?? WebUtility.HtmlEncode(code);
        }
        finally
        {
            _sessions.Enqueue(session);
        }
    }
}
