using AngleSharp.Html.Parser;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Build;

/// <summary>The whole-guide print page is written from the print parts of the pages; a layout that drops them is a clear theme error.</summary>
public sealed class PrintGuideAssemblyTests : SampleContentTest
{
    [Fact]
    public void The_print_page_holds_every_chapter_bank_and_question_part_in_reading_order()
    {
        var result = Builds.Run(Content.Root, Content.OutputPath, search: false);
        Assert.True(result.Succeeded, string.Join("\n", Builds.Errors(result)));

        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Content.OutputPath, "print", "index.html")));
        var parts = page.QuerySelectorAll("main > .print-part, main > .print-question").Select(e => e.GetAttribute("aria-labelledby")).ToList();
        Assert.Equal(["chapter-basics", "bank-coding", "problem-sum"], parts);
        Assert.DoesNotContain("studyguide:print-parts", page.DocumentElement.OuterHtml);
        // The contents list links to each part.
        Assert.Equal(["#chapter-basics", "#bank-coding"], page.QuerySelectorAll(".print-contents a").Select(a => a.GetAttribute("href")).ToList());
    }

    [Fact]
    public void A_print_layout_without_its_parts_fails_the_build_and_says_why()
    {
        var theme = Temp.Combine("theme");
        TempFolder.CopyTheme(theme);
        var layout = Path.Combine(theme, "layouts", "print-guide.sbn-html");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("{{ model.parts }}", ""));

        var result = Builds.Run(Content.Root, Content.OutputPath, search: false, theme: theme);

        Assert.False(result.Succeeded);
        Assert.Contains(Builds.Errors(result), e => e.Contains("/print/") && e.Contains("must print model.parts exactly once"));
        Assert.False(Directory.Exists(Content.OutputPath));
    }
}
