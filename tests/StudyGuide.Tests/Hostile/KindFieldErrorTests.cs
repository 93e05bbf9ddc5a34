namespace StudyGuide.Tests.Hostile;

/// <summary>
/// A question missing one of its kind's required fields keeps the others: a coding question without
/// `pattern` used to lose its hints, complexity and code, so a broken xref in a hint was reported only
/// after `pattern` was fixed. Every error of the file comes in one run.
/// </summary>
public sealed class KindFieldErrorTests(PreviousBuild previous) : IClassFixture<PreviousBuild>
{
    [Fact]
    public void A_coding_question_without_pattern_still_has_its_hints_checked()
    {
        using var input = new HostileInput(previous);
        input.Replace("banks/coding.yml", "    pattern: Hash map (complement lookup)\n", "");
        input.Replace("banks/coding.yml", "The brute-force answer checks every pair.", "The brute-force answer checks [every pair](xref:no-such-id).");
        var (idLine, idColumn) = input.PositionOf("banks/coding.yml", "id: two-sum");
        var (linkLine, linkColumn) = input.PositionOf("banks/coding.yml", "[every pair]");

        var run = input.Build();

        input.AssertRefused(run, $@"input/banks/coding\.yml:{idLine}:{idColumn}: error: missing required key 'pattern'");
        Assert.Matches($@"(?m)^input/banks/coding\.yml:{linkLine}:{linkColumn}: error: unknown xref id 'no-such-id'", run.Error);
    }

    [Fact]
    public void A_behavioral_question_with_an_incomplete_star_still_has_its_other_parts_checked()
    {
        using var input = new HostileInput(previous);
        var bank = input.Read("banks/behavioral.yml");
        var situation = bank.IndexOf("      situation: |", StringComparison.Ordinal);
        var task = bank.IndexOf("      task: |", situation, StringComparison.Ordinal);
        Assert.True(situation > 0 && task > situation);
        // The first STAR answer loses its situation; its task gets a broken link.
        input.Write("banks/behavioral.yml", string.Concat(bank.AsSpan(0, situation), bank.AsSpan(task)).Insert(situation + "      task: |\n".Length, "        See [this](xref:nowhere-at-all).\n"));
        var (linkLine, linkColumn) = input.PositionOf("banks/behavioral.yml", "[this]");

        var run = input.Build();

        input.AssertRefused(run, @"input/banks/behavioral\.yml:\d+:\d+: error: missing required key 'situation'");
        Assert.Matches($@"(?m)^input/banks/behavioral\.yml:{linkLine}:{linkColumn}: error: unknown xref id 'nowhere-at-all'", run.Error);
    }
}
