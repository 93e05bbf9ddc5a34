namespace StudyGuide.Tests.Hostile;

/// <summary><c>--timeout S</c>: a build that runs past S seconds stops with one error line, exit 1, and leaves the previous output and no staging folder.</summary>
public sealed class TimeLimitTests(PreviousBuild previous) : IClassFixture<PreviousBuild>
{
    private const string Stopped = "took longer than 0.001 s and was stopped; nothing was written, the previous output is unchanged";

    [Fact]
    public void A_build_past_its_time_limit_stops_and_leaves_the_previous_output()
    {
        using var input = new HostileInput(previous);
        var run = input.Build("--timeout", "0.001");
        Assert.True(run.Code == 1, run.ToString());
        Assert.Equal($"studyguide: error: the build {Stopped}", run.Error.TrimEnd());
        HostileInput.AssertNoStackTrace(run);
        input.AssertPreviousOutputUntouched();
        Assert.Empty(Directory.GetDirectories(input.Folder, "_site.staging-*"));
    }

    [Fact]
    public void A_check_past_its_time_limit_stops()
    {
        using var input = new HostileInput(previous);
        var run = input.Check("--timeout", "0.001");
        Assert.True(run.Code == 1, run.ToString());
        Assert.Equal($"studyguide: error: the check {Stopped}", run.Error.TrimEnd());
        HostileInput.AssertNoStackTrace(run);
    }

    [Fact]
    public void A_generous_time_limit_does_not_stop_the_build()
    {
        using var input = new HostileInput(previous);
        var run = input.Build("--timeout", "120");
        Assert.True(run.Code == 0, run.ToString());
    }

    [Fact]
    public void A_time_limit_that_is_not_a_positive_number_is_a_usage_error()
    {
        using var input = new HostileInput(previous);
        var run = input.Build("--timeout", "-1");
        Assert.True(run.Code == 2, run.ToString());
        Assert.Contains("--timeout must be a positive number of seconds", run.Error);
        input.AssertPreviousOutputUntouched();
    }
}
