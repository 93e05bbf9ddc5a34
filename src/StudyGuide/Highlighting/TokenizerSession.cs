using System.Net;
using System.Text;
using TextMateSharp.Grammars;
using TextMateSharp.Registry;

namespace StudyGuide.Highlighting;

/// <summary>
/// One thread's use of the TextMate engine: a registry, its grammars, and a line cache.
/// Lines repeat a lot across snippets ("}", "return nil", "if err != nil {"), and a line's tokens
/// depend only on its text and the grammar state before it, so the session remembers
/// (state, line) → (html, next state). States compare equal only within one registry, which is
/// why the cache lives here. Not thread-safe: <see cref="CodeHighlighter"/> lends each session to one thread at a time.
/// </summary>
internal sealed class TokenizerSession
{
    private const int MaxCachedLines = 200_000;

    /// <summary>
    /// A backstop only: lines are short enough (<see cref="CodeHighlighter.MaxHighlightedLineLength"/>) to take
    /// milliseconds. It is far above that on purpose: a line stopped early is highlighted differently, so a
    /// limit that a loaded machine could reach would make the same input give different output.
    /// </summary>
    private static readonly TimeSpan TokenizeTimeLimit = TimeSpan.FromSeconds(30);

    private readonly Registry _registry = new(new RegistryOptions(ThemeName.LightPlus));
    private readonly Dictionary<string, IGrammar?> _grammars = new(StringComparer.Ordinal);
    private readonly Dictionary<(IStateStack? State, string Line), (string Html, IStateStack? Next)> _lines = new();

    /// <summary>Highlighted HTML, or null when the grammar cannot be loaded.</summary>
    public string? ToHtml(string code, string scope)
    {
        if (!_grammars.TryGetValue(scope, out var grammar))
        {
            grammar = _registry.LoadGrammar(scope);
            _grammars[scope] = grammar;
        }
        if (grammar is null)
        {
            return null;
        }
        if (_lines.Count > MaxCachedLines)
        {
            _lines.Clear();
        }

        var html = new StringBuilder(code.Length * 2);
        IStateStack? state = null;
        var lines = code.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var key = (state, lines[i]);
            if (!_lines.TryGetValue(key, out var done))
            {
                done = TokenizeLine(grammar, lines[i], state);
                _lines[key] = done;
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

    /// <summary>
    /// A line's HTML and the grammar state after it. A line too long to tokenize quickly is plain
    /// text and leaves the state as it was (the next line is highlighted as if it were absent).
    /// </summary>
    private static (string Html, IStateStack? Next) TokenizeLine(IGrammar grammar, string line, IStateStack? state)
    {
        if (line.Length > CodeHighlighter.MaxHighlightedLineLength)
        {
            return (WebUtility.HtmlEncode(line), state);
        }
        var result = grammar.TokenizeLine(line, state, TokenizeTimeLimit);
        var html = new StringBuilder(line.Length * 2);
        var covered = 0;
        foreach (var token in result.Tokens)
        {
            // Each character once, in order, whatever the tokens claim: text is never dropped or repeated.
            var end = Math.Min(token.EndIndex, line.Length);
            if (end <= covered)
            {
                continue;
            }
            var text = WebUtility.HtmlEncode(line[covered..end]);
            var cssClass = TokenClass.For(token.Scopes);
            if (cssClass is null)
            {
                html.Append(text);
            }
            else
            {
                html.Append("<span class=\"").Append(cssClass).Append("\">").Append(text).Append("</span>");
            }
            covered = end;
        }
        // A tokenizer that stops early (its time limit) returns tokens for a prefix only: the rest
        // of the line is still shown, as plain text, and the state before the line is kept.
        if (covered < line.Length)
        {
            html.Append(WebUtility.HtmlEncode(line[covered..]));
            return (html.ToString(), state);
        }
        return (html.ToString(), result.RuleStack);
    }
}
