namespace StudyGuide.Tests.Hostile;

/// <summary><c>.yaml</c> is accepted wherever <c>.yml</c> is, and one name with both is an error rather than a silent double.</summary>
public sealed class YamlExtensionTests(PreviousBuild previous) : IClassFixture<PreviousBuild>
{
    private const string Checklist = "checklists/common-mistakes.yml";

    [Fact]
    public void A_checklist_written_as_yaml_is_built_into_its_page()
    {
        using var input = new HostileInput(previous);
        var text = input.Read(Checklist).Replace("id: common-mistakes", "id: x");
        input.Write("checklists/x.yaml", text);
        var run = input.Build();
        Assert.True(run.Code == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(input.OutputPath, "checklists", "x", "index.html")));
    }

    [Fact]
    public void A_checklist_present_as_yml_and_yaml_is_an_error_at_the_second()
    {
        using var input = new HostileInput(previous);
        input.Write("checklists/common-mistakes.yaml", input.Read(Checklist));
        var run = input.Build();
        input.AssertRefused(run, @"input/checklists/common-mistakes\.yml:1:1: error: common-mistakes\.yaml and common-mistakes\.yml are the same checklist; keep one of them \(either extension works\)");
    }

    [Fact]
    public void New_problem_finds_a_bank_written_as_yaml()
    {
        using var input = new HostileInput(previous);
        File.Move(input.PathOf("banks/go-concepts.yml"), input.PathOf("banks/go-concepts.yaml"));
        var run = input.Run("new", "problem", "go-concepts", "a-new-question");
        Assert.True(run.Code == 0, run.ToString());
        Assert.Contains("id: a-new-question", input.Read("banks/go-concepts.yaml"));
        Assert.False(File.Exists(input.PathOf("banks/go-concepts.yml")));
    }
}
