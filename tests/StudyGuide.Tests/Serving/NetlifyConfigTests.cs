using StudyGuide.Cli.Serving;
using StudyGuide.Tests.Infrastructure;
using Tomlyn;
using Tomlyn.Model;

namespace StudyGuide.Tests.Serving;

/// <summary>netlify.toml proxies exactly the two Playground paths <c>serve</c> proxies, and nothing broader.</summary>
public sealed class NetlifyConfigTests
{
    private static TomlTable Config() =>
        TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(RepoPaths.Root, "netlify.toml")))!;

    [Fact]
    public void Proxies_exactly_the_two_playground_paths_to_the_official_playground()
    {
        var redirects = ((TomlTableArray)Config()["redirects"]).ToList();

        var expected = PlaygroundProxy.Paths.Select(p => ($"/play/{p}", $"{SiteServer.OfficialPlayground}/{p}")).Order();
        Assert.Equal(expected, redirects.Select(r => ((string)r["from"], (string)r["to"])).Order());
        Assert.All(redirects, r =>
        {
            Assert.Equal(200L, r["status"]); // a rewrite (proxy), not a redirect the browser would follow
            Assert.Equal(true, r["force"]);
            Assert.DoesNotContain("*", (string)r["from"]);
            Assert.DoesNotContain(":splat", (string)r["to"]);
        });
    }

    [Fact]
    public void Builds_with_the_readme_command_and_publishes_the_site_folder()
    {
        var build = (TomlTable)Config()["build"];
        Assert.Equal("_site", build["publish"]);
        Assert.Equal("dotnet run --project src/StudyGuide.Cli -- build", build["command"]);
    }
}
