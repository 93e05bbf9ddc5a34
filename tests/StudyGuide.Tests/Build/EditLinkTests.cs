using AngleSharp.Html.Parser;
using StudyGuide.Routing;
using StudyGuide.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace StudyGuide.Tests.Build;

/// <summary>Every page made from a content file links to that file on the repository's branch from site.yml.</summary>
public sealed class EditLinkTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    [Fact]
    public void Every_content_page_has_an_edit_link_to_its_source_file()
    {
        var settings = new YamlStream();
        settings.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Input, "site.yml"))));
        var root = (YamlMappingNode)settings.Documents[0].RootNode;
        var prefix = $"{root["repository"]}/edit/{root["branch"]}/";

        // The route table's pages that no content file makes (the home page is index.md's).
        var generated = Routes.GeneratedPages.Append(Routes.NotFound.Url).Where(url => url != Routes.Home.Url).Select(Routes.FileOf).ToList();
        var parser = new HtmlParser();
        var checkedPages = 0;
        foreach (var file in Directory.GetFiles(site.OutputPath, "*.html", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(site.OutputPath, file).Replace('\\', '/');
            var href = parser.ParseDocument(File.ReadAllText(file)).QuerySelector("a.edit-link")?.GetAttribute("href");
            if (generated.Contains(relative))
            {
                Assert.Null(href);
                continue;
            }
            Assert.True(href is not null, $"{relative} has no edit link");
            Assert.StartsWith(prefix, href);
            Assert.True(File.Exists(Path.Combine(RepoPaths.Root, href[prefix.Length..])), $"{relative}: {href} is not a file of the repository");
            checkedPages++;
        }
        Assert.True(checkedPages > 50, $"only {checkedPages} content pages");
    }
}
