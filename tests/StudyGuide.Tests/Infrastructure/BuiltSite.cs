using StudyGuide.Pipeline;

namespace StudyGuide.Tests.Infrastructure;

/// <summary>
/// The repository's real <c>input/</c>, built once into a temporary folder and shared by the
/// tests of the "built site" collection (the build takes about a second; browser tests reuse it).
/// </summary>
public sealed class BuiltSite : IDisposable
{
    private readonly TempFolder _folder = new();

    public BuiltSite()
    {
        Result = Builds.Run(RepoPaths.Input, OutputPath);
        if (!Result.Succeeded)
        {
            throw new InvalidOperationException("input/ does not build:\n" + string.Join("\n", Builds.Errors(Result)));
        }
    }

    public BuildResult Result { get; }

    public string OutputPath => _folder.Combine("_site");

    public string PathOf(string urlPath) => Path.Combine(OutputPath, Linking.SiteUrls.FileOf(urlPath));

    public string Read(string urlPath) => File.ReadAllText(PathOf(urlPath));

    public void Dispose() => _folder.Dispose();
}

[CollectionDefinition(Name)]
public sealed class BuiltSiteCollection : ICollectionFixture<BuiltSite>, ICollectionFixture<Browser>
{
    public const string Name = "built site";
}
