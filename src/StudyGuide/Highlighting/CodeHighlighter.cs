using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace StudyGuide.Highlighting;

/// <summary>
/// Build-time syntax highlighting with the VS Code TextMate grammars. Tokens become
/// <c>&lt;span class="tok-…"&gt;</c> so the theme's CSS colours them for light and dark
/// modes alike, and pages ship no highlighting script. Results are cached by content because
/// the same snippet often appears on several pages (and again on every preview rebuild).
/// </summary>
public sealed class CodeHighlighter
{
    // TextMate grammars are not thread-safe and costly to load, so sessions (a registry with its
    // loaded grammars) are pooled: a parallel build creates about one per core, then reuses them.
    private readonly ConcurrentBag<TokenizerSession> _sessions = new();
    private readonly ConcurrentDictionary<(string Language, string Code), string> _cache = new();

    /// <summary>Languages with a grammar, by the names used after a Markdown code fence.</summary>
    private static readonly Dictionary<string, string> Scopes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["go"] = "source.go",
        ["golang"] = "source.go",
        ["json"] = "source.json",
        ["yaml"] = "source.yaml",
        ["yml"] = "source.yaml",
        ["sql"] = "source.sql",
        ["bash"] = "source.shell",
        ["sh"] = "source.shell",
        ["shell"] = "source.shell",
        ["lua"] = "source.lua",
    };

    public static bool Supports(string language) => Scopes.ContainsKey(language);

    /// <summary>HTML for the inside of a <c>&lt;code&gt;</c> element; escaped plain text for unknown languages.</summary>
    public string Highlight(string code, string? language)
    {
        if (language is null || !Scopes.TryGetValue(language, out var scope))
        {
            return WebUtility.HtmlEncode(code);
        }
        return _cache.GetOrAdd((scope, code), key => Tokenize(key.Code, key.Language));
    }

    private string Tokenize(string code, string scope)
    {
        if (!_sessions.TryTake(out var session))
        {
            session = new TokenizerSession();
        }
        try
        {
            return session.ToHtml(code, scope) ?? WebUtility.HtmlEncode(code);
        }
        finally
        {
            _sessions.Add(session);
        }
    }
}
