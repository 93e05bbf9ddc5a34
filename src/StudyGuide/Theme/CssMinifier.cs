using System.Text;

namespace StudyGuide.Theme;

/// <summary>
/// A small, conservative CSS minifier for the theme's bundled <c>site.css</c>: it removes comments,
/// collapses whitespace to one space and drops it where CSS never needs it (around <c>{ } ; , &gt;</c>
/// and after <c>:</c>), and drops the <c>;</c> before a <c>}</c>. Quoted strings are copied as they are.
/// It never reorders or merges rules, so what it cannot prove safe it leaves alone: a space before
/// <c>:</c> (<c>a :hover</c> is not <c>a:hover</c>) and around <c>+ - ~ *</c> (which <c>calc()</c>
/// needs) stays. Chosen over esbuild's CSS minifier so the build still needs no Node.js and the CSS
/// needs no committed bundle (which every theme change would have to rebuild and merge).
/// The same input always gives the same output.
/// </summary>
internal static class CssMinifier
{
    private const string NoSpaceAround = "{};,>";

    public static string Minify(string css)
    {
        var output = new StringBuilder(css.Length);
        var pendingSpace = false;
        for (var i = 0; i < css.Length; i++)
        {
            var c = css[i];
            if (c == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                var end = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? css.Length : end + 1;
                pendingSpace = true; // a comment separates like whitespace
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace)
            {
                var previous = output.Length > 0 ? output[^1] : '{';
                if (NoSpaceAround.IndexOf(previous) < 0 && previous != ':' && NoSpaceAround.IndexOf(c) < 0)
                {
                    output.Append(' ');
                }
                pendingSpace = false;
            }
            if (c is '"' or '\'')
            {
                var start = i;
                for (i++; i < css.Length && css[i] != c && css[i] != '\n'; i++)
                {
                    if (css[i] == '\\')
                    {
                        i++;
                    }
                }
                output.Append(css, start, Math.Min(i, css.Length - 1) - start + 1);
                continue;
            }
            if (c == '}' && output.Length > 0 && output[^1] == ';')
            {
                output.Length--;
            }
            output.Append(c);
        }
        return output.Append('\n').ToString();
    }
}
