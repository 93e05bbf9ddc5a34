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

        var html = new StringBuilder(code.Length * 2);
        IStateStack? state = null;
        var lines = code.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var result = grammar.TokenizeLine(line, state, TimeSpan.FromSeconds(5));
            state = result.RuleStack;
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
            if (i < lines.Length - 1)
            {
                html.Append('\n');
            }
        }
        return html.ToString();
    }
}
