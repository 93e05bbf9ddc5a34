using StudyGuide.Pipeline;

namespace StudyGuide.Tests.Infrastructure;

/// <summary>
/// The repository's real <c>input/</c>, built once per test run (with its search index) into a
/// temporary folder that is deleted when the run ends. A class fixture (<c>IClassFixture&lt;BuiltSite&gt;</c>):
/// every instance reads the same build, so test classes that only read it run in parallel and
/// still cost one build between them.
/// </summary>
public sealed class BuiltSite : IDisposable
{
    private static readonly Lazy<(TempFolder Folder, BuildResult Result)> Shared = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Throws (in every class that uses it) when input/ does not build.</summary>
    public BuiltSite() => (_, Result) = Shared.Value;

    public BuildResult Result { get; }

    public string OutputPath => Shared.Value.Folder.Combine("_site");

    public string PathOf(string urlPath) => Path.Combine(OutputPath, Routing.Routes.FileOf(urlPath));

    public string Read(string urlPath) => File.ReadAllText(PathOf(urlPath));

    /// <summary>Nothing: the shared build outlives each class that uses it.</summary>
    public void Dispose()
    {
    }

    private static (TempFolder, BuildResult) Build()
    {
        var folder = new TempFolder();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => folder.Dispose();
        var result = Builds.Run(RepoPaths.Input, folder.Combine("_site"), search: true);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("input/ does not build:\n" + string.Join("\n", Builds.Errors(result)));
        }
        return (folder, result);
    }
}

/// <summary>
/// The built site and the browser as one collection. Its classes run one at a time, so new test
/// classes should rather take <c>IClassFixture&lt;BuiltSite&gt;</c> (and <c>IClassFixture&lt;Browser&gt;</c>),
/// which share the same build and browser and run in parallel.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BuiltSiteCollection : ICollectionFixture<BuiltSite>, ICollectionFixture<Browser>
{
    public const string Name = "built site";
}
