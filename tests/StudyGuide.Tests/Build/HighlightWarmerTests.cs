using StudyGuide.Diagnostics;
using StudyGuide.Highlighting;
using StudyGuide.Linking;
using StudyGuide.Loading;
using StudyGuide.Markdown;
using StudyGuide.Pipeline;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Build;

/// <summary>The background warmer highlights every fenced block and question program (with a coding question's starter and tests) of the site.</summary>
public sealed class HighlightWarmerTests : SampleContentTest
{
    [Fact]
    public async Task Every_fenced_block_and_program_is_highlighted()
    {
        Content.Replace("chapters/basics.md", "See [the start](#first-steps).", "See [the start](#first-steps).\n\n```go\nfmt.Println(\"warm\")\n```");
        var diagnostics = new DiagnosticBag();
        var content = new ContentLoader().Load(new InputFolder(Content.Root), diagnostics)!;
        var highlighter = new CodeHighlighter();
        var parsed = ParsedContent.Parse(content, new MarkdownParser(MarkdownPipelineFactory.Create(highlighter)), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        Assert.True(highlighter.IsEmpty);

        await HighlightWarmer.Start(highlighter, parsed);

        var file = new HighlightCacheFile(Temp.Combine("cache.bin"));
        highlighter.Write(file);
        var keys = file.Read().Keys.ToHashSet();
        Assert.Contains(Convert.ToHexString(HighlightCacheFile.KeyOf("source.go", SampleContent.SumGo)), keys);
        Assert.Contains(Convert.ToHexString(HighlightCacheFile.KeyOf("source.go", "fmt.Println(\"warm\")")), keys);
        // The practice files of the coding question are shown highlighted too.
        Assert.Contains(Convert.ToHexString(HighlightCacheFile.KeyOf("source.go", SampleContent.SumStarterGo)), keys);
        Assert.Contains(Convert.ToHexString(HighlightCacheFile.KeyOf("source.go", SampleContent.SumTestGo)), keys);
        Assert.Equal(4, keys.Count);
        Assert.False(highlighter.IsEmpty);
    }
}
