using System.Text;
using System.Text.RegularExpressions;

namespace StudyGuide.Content;

/// <summary>Ids and URL segments: lowercase ASCII words joined by single hyphens.</summary>
public static partial class Slug
{
    // \z, not $: in .NET "$" also matches before a final newline, which would let "two-sum\n" through.
    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*\z")]
    private static partial Regex Pattern();

    public static bool IsValid(string value) => Pattern().IsMatch(value);

    /// <summary>
    /// Turns free text into a slug. Deterministic and independent of culture, because
    /// checklist item ids made this way key a reader's saved ticks across rebuilds.
    /// </summary>
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        // A lone surrogate (YAML's "\ud800" escape makes one) would make Normalize throw; the UTF-8
        // round trip turns it into U+FFFD, which is no letter or digit, like any other symbol.
        var wellFormed = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));
        foreach (var c in wellFormed.Normalize(NormalizationForm.FormD))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9' || c is >= 'A' and <= 'Z')
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }
                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                pendingHyphen = true;
            }
        }
        return builder.ToString();
    }
}
