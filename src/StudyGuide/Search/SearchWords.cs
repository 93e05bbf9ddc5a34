using System.Globalization;
using System.Text;

namespace StudyGuide.Search;

/// <summary>
/// Words as search sees them: maximal runs of Unicode letters and numbers (any script, characters
/// outside the Basic Multilingual Plane included), each character lower-cased on its own with the
/// invariant simple case mapping. The theme's <c>words()</c> (theme/assets/js/text.js) splits the
/// reader's query and the pages' text the same way; the shared cases in theme/tests/vectors.json
/// keep the two in step, so every vocabulary term is a word the browser can match.
/// </summary>
internal static class SearchWords
{
    public static IEnumerable<string> Split(string text)
    {
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                word.Append(Rune.ToLowerInvariant(rune).ToString());
                continue;
            }
            if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    /// <summary>JavaScript's <c>[\p{L}\p{N}]</c>: every letter and every number category (digits, "Ⅻ", "²").</summary>
    private static bool IsWordRune(Rune rune) => Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
}
