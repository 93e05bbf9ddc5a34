namespace StudyGuide.Tests.Hostile;

/// <summary>
/// A question without both its prompt and its answer used to crash the build: the two missing
/// fields shared one stand-in Markdown source, which keys the parsed trees (found by the fuzzer).
/// </summary>
public sealed class MissingFieldTests(PreviousBuild previous) : IClassFixture<PreviousBuild>
{
    [Fact]
    public void A_question_without_prompt_and_answer_gets_both_errors_and_no_crash()
    {
        using var input = new HostileInput(previous);
        var bank = input.Read("banks/go-concepts.yml");
        input.Write("banks/go-concepts.yml", bank.TrimEnd('\n') + "\n  - id: no-text-yet\n    title: No text yet\n    difficulty: easy\n    topics: [runtime]\n");
        var (line, column) = input.PositionOf("banks/go-concepts.yml", "id: no-text-yet");
        var run = input.Build();
        input.AssertRefused(run, $@"input/banks/go-concepts\.yml:{line}:{column}: error: missing required key 'prompt'");
        Assert.Matches($@"(?m)^input/banks/go-concepts\.yml:{line}:{column}: error: missing required key 'answer'", run.Error);
    }
}
