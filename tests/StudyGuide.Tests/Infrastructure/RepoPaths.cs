namespace StudyGuide.Tests.Infrastructure;

/// <summary>Locations in the repository, found from the running assembly (tests, benchmarks) so they run from any folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");

    public static string Theme => Path.Combine(Root, "theme");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Site.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException($"Site.sln not found above {AppContext.BaseDirectory}");
    }
}
