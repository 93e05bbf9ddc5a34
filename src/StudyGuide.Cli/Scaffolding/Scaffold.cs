namespace StudyGuide.Cli.Scaffolding;

/// <summary>What a scaffold did, and what the contributor should do next, for the terminal.</summary>
internal sealed record Scaffold(IReadOnlyList<string> Done, IReadOnlyList<string> NextSteps)
{
    /// <summary>Steps every scaffold ends with: preview the page, then run the checks CI runs.</summary>
    public static IEnumerable<string> PreviewAndCheck(string url) =>
    [
        $"Preview it as you type: dotnet run --project src/StudyGuide.Cli -- serve, then open http://127.0.0.1:8080{url}",
        "Before opening a pull request: dotnet run --project src/StudyGuide.Cli -- check --go (see CONTRIBUTING.md)",
    ];

    public void Print(TextWriter writer)
    {
        foreach (var line in Done)
        {
            writer.WriteLine(line);
        }
        writer.WriteLine("Next:");
        for (var i = 0; i < NextSteps.Count; i++)
        {
            writer.WriteLine($"  {i + 1}. {NextSteps[i]}");
        }
    }
}
