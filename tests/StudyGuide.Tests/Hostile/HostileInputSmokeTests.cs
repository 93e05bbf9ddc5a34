namespace StudyGuide.Tests.Hostile;

/// <summary>The harness itself: an ordinary content error is refused with its position and leaves the previous site.</summary>
public sealed class HostileInputSmokeTests(PreviousBuild previous) : IClassFixture<PreviousBuild>
{
    [Fact]
    public void A_misspelt_key_is_refused_at_its_position_and_the_previous_site_stays()
    {
        using var input = new HostileInput(previous);
        input.Replace("banks/coding.yml", "    difficulty:", "    dificulty:");
        var (line, column) = input.PositionOf("banks/coding.yml", "dificulty:");
        var run = input.Build();
        input.AssertRefused(run, $@"input/banks/coding\.yml:{line}:{column}: error: unknown key 'dificulty'.*");
    }
}
