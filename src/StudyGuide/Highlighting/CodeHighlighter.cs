using System.Collections.Concurrent;
using System.Net;
using System.Text;
using TextMateSharp.Grammars;
using TextMateSharp.Registry;

namespace StudyGuide.Highlighting;

/// <summary>
/// Build-time syntax highlighting with the VS Code TextMate grammars. Tokens become
/// <c>&lt;span class="tok-…"&gt;</c> so the theme's CSS colours them for light and dark
/// modes alike, and pages ship no highlighting script. TextMate grammars are not safe to
/// share between threads, so each thread gets its own registry; results are cached by
/// content because the same snippet often appears on several pages (and on every rebuild).
/// </summary>
public sealed class CodeHighlighter
{
    private readonly ThreadLocal<Registry> _registry = new(() => new Registry(new RegistryOptions(ThemeName.LightPlus)));

    // Tokenizing is the costly part of a build. Lines repeat a lot across snippets ("}", "return nil",
    // "if err != nil {"), and a line's tokens depend only on its text and the grammar state before it,
    // so each thread remembers (state, line) → (html, next state). States are only comparable within
    // one grammar instance, hence one cache per thread, like the registry.
    private readonly ThreadLocal<Dictionary<(IStateStack? State, string Line), (string Html, IStateStack? Next)>> _lines =
        new(() => new Dictionary<(IStateStack?, string), (string, IStateStack?)>());

    private const int MaxCachedLines = 200_000;
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
        var grammar = _registry.Value!.LoadGrammar(scope);
        if (grammar is null)
        {
            return WebUtility.HtmlEncode(code);
        }

        var cache = _lines.Value!;
        if (cache.Count > MaxCachedLines)
        {
            cache.Clear();
        }
        var html = new StringBuilder(code.Length * 2);
        IStateStack? state = null;
        var lines = code.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!cache.TryGetValue((state, lines[i]), out var done))
            {
                done = TokenizeLine(grammar, lines[i], state);
                cache[(state, lines[i])] = done;
            }
            html.Append(done.Html);
            state = done.Next;
            if (i < lines.Length - 1)
            {
                html.Append('\n');
            }
        }
        return html.ToString();
    }

    private static (string Html, IStateStack? Next) TokenizeLine(IGrammar grammar, string line, IStateStack? state)
    {
        var result = grammar.TokenizeLine(line, state, TimeSpan.FromSeconds(5));
        var html = new StringBuilder(line.Length * 2);
        foreach (var token in result.Tokens)
        {
            var start = Math.Min(token.StartIndex, line.Length);
            var end = Math.Min(token.EndIndex, line.Length);
            if (end <= start)
            {
                continue;
            }
            var text = WebUtility.HtmlEncode(line[start..end]);
            var cssClass = TokenClass.For(token.Scopes);
            if (cssClass is null)
            {
                html.Append(text);
            }
            else
            {
                html.Append("<span class=\"").Append(cssClass).Append("\">").Append(text).Append("</span>");
            }
        }
        return (html.ToString(), result.RuleStack);
    }
}
