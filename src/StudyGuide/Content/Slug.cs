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
        // Only letters, digits and accents can become the ASCII a slug keeps (é → e + accent), so
        // everything else is a separator before normalising: Normalize throws on a lone surrogate
        // (YAML's "\ud800" escape makes one) or a noncharacter such as U+FFFE.
        var letters = string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = KeepsMeaning(source[i]) ? source[i] : ' ';
            }
        });
        foreach (var c in letters.Normalize(NormalizationForm.FormD))
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

    /// <summary>A letter, a digit or an accent written separately: what normalising can turn into slug letters.</summary>
    private static bool KeepsMeaning(char c) =>
        !char.IsSurrogate(c) && (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark);
}
