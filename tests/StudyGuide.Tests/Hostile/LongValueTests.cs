namespace StudyGuide.Tests.Hostile;

/// <summary>
/// A one-line value is repeated on many pages (the site's title on every one), so a megabyte of
/// it used to multiply into gigabytes while rendering and end the build out of memory (found by the fuzzer).
/// </summary>
public sealed class LongValueTests(PreviousBuild previous) : IClassFixture<PreviousBuild>
{
    [Fact]
    public void A_site_title_a_megabyte_long_is_refused_at_its_position()
    {
        using var input = new HostileInput(previous);
        var site = input.Read("site.yml");
        var title = System.Text.RegularExpressions.Regex.Match(site, "(?m)^title: .*$").Value;
        input.Replace("site.yml", title, "title: " + string.Concat(Enumerable.Repeat("Go guide ", 120_000)));
        var (line, column) = input.PositionOf("site.yml", "Go guide Go guide");
        input.AssertRefused(input.Build(), $@"input/site\.yml:{line}:{column}: error: 'title' is \d+ characters long; a one-line value holds at most 1000 .*");
    }
}
