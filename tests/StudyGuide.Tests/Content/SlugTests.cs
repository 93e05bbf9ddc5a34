using System.Globalization;
using CsCheck;
using StudyGuide.Content;

namespace StudyGuide.Tests.Content;

/// <summary>
/// <see cref="Slug.From"/> keys a reader's saved ticks (checklist items without an explicit id,
/// Markdown task lists), so it must be a pure function of the text: the same on every build,
/// machine and culture, and insensitive to changes that do not change the words.
/// </summary>
public sealed class SlugTests
{
    private static readonly Gen<string> AnyText = Gen.String;

    /// <summary>Text that looks like checklist items: words, punctuation, Markdown, accents.</summary>
    private static readonly Gen<string> ItemText = TextOf("éèüöçñåøß日本");

    /// <summary>Adds the letters whose case mapping differs by culture (Turkish dotted and dotless i).</summary>
    private static readonly Gen<string> TurkishText = TextOf("éèüöçñåøßıİ");

    private static Gen<string> TextOf(string extraLetters) => Gen.OneOf(
            Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"],
            Gen.Char[" -_.,:;!?'\"`*()[]/&+–—…"],
            Gen.Char[extraLetters])
        .Array[0, 60].Select(chars => new string(chars));

    [Theory]
    [InlineData("Test your camera and microphone", "test-your-camera-and-microphone")]
    [InlineData("  Review `defer`, `context` -- and *errors*!  ", "review-defer-context-and-errors")]
    [InlineData("Café au lait: naïve façade", "cafe-au-lait-naive-facade")]
    [InlineData("Solve [Two Sum](xref:two-sum) in O(n)", "solve-two-sum-xref-two-sum-in-o-n")]
    [InlineData("Weeks 1–2", "weeks-1-2")]
    [InlineData("!!!", "")]
    public void Known_texts_give_known_slugs(string text, string slug) => Assert.Equal(slug, Slug.From(text));

    [Fact]
    public void A_lone_surrogate_or_a_noncharacter_is_a_symbol_not_a_crash()
    {
        Assert.Equal("a-b", Slug.From("a\ud800b"));
        Assert.Equal("a-b", Slug.From("a\ufffeb"));
        Assert.Equal("cafe-ok", Slug.From("Café\uffff ok"));
        Assert.Equal("cafes", Slug.From("Cafe\u0301s"));
    }

    [Fact]
    public void Every_result_is_a_valid_slug_or_empty() =>
        Gen.OneOf(AnyText, ItemText, TurkishText).Sample(text =>
        {
            var slug = Slug.From(text);
            Assert.True(slug.Length == 0 || Slug.IsValid(slug), $"'{slug}' from '{text}'");
        });

    [Fact]
    public void Slugging_a_slug_changes_nothing() =>
        ItemText.Sample(text => Assert.Equal(Slug.From(text), Slug.From(Slug.From(text))));

    [Fact]
    public void Case_spacing_and_punctuation_around_words_do_not_matter() =>
        ItemText.Sample(text =>
        {
            var slug = Slug.From(text);
            Assert.Equal(slug, Slug.From(text.ToUpperInvariant()));
            Assert.Equal(slug, Slug.From(" \t" + text.Replace(" ", "  ", StringComparison.Ordinal) + " …!"));
        });

    [Fact]
    public void The_result_does_not_depend_on_the_current_culture()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            TurkishText.Sample(text =>
            {
                CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
                var expected = Slug.From(text);
                foreach (var culture in new[] { "tr-TR", "de-DE", "lt-LT", "ja-JP" })
                {
                    CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
                    Assert.Equal(expected, Slug.From(text));
                }
            });
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }
}
