using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Hostile;

/// <summary>
/// The theme is a checked contract: a layout, partial or asset the site needs and the theme lacks is a
/// <c>theme/…: error:</c> line when the theme is loaded (it used to crash the build with an
/// AggregateException halfway through rendering), and a template that fails while rendering is reported
/// at its own file, line and column, once, however many pages it broke.
/// </summary>
public sealed class ThemeContractTests(PreviousBuild previous) : IClassFixture<PreviousBuild>
{
    private static CliRun BuildWith(HostileInput input) => input.Run("build", "--theme", "theme", "--no-search", "--no-cache");

    [Fact]
    public void A_missing_layout_is_an_error_at_its_path()
    {
        using var input = new HostileInput(previous);
        File.Delete(Path.Combine(ScratchTheme.CopyInto(input.Folder), "layouts", "topics.sbn-html"));
        input.AssertRefused(BuildWith(input), @"theme/layouts/topics\.sbn-html: error: the theme has no layout 'topics': /topics/ needs it");
    }

    [Fact]
    public void A_missing_asset_is_an_error_at_its_path()
    {
        using var input = new HostileInput(previous);
        File.Delete(Path.Combine(ScratchTheme.CopyInto(input.Folder), "assets", "favicon.svg"));
        input.AssertRefused(BuildWith(input), @"theme/assets/favicon\.svg: error: the theme has no favicon\.svg: every page links to it");
    }

    [Fact]
    public void A_missing_print_partial_is_an_error_at_its_path()
    {
        using var input = new HostileInput(previous);
        File.Delete(Path.Combine(ScratchTheme.CopyInto(input.Folder), "layouts", "partials", "print-bank.sbn-html"));
        input.AssertRefused(BuildWith(input), @"theme/layouts/partials/print-bank\.sbn-html: error: the theme has no partial 'print-bank': /print/ needs it");
    }

    [Fact]
    public void A_call_of_a_partial_that_does_not_exist_is_an_error_at_the_call()
    {
        using var input = new HostileInput(previous);
        var layout = Path.Combine(ScratchTheme.CopyInto(input.Folder), "layouts", "chapters.sbn-html");
        File.WriteAllText(layout, "<h1>{{ page.title }}</h1>\n{{ partial \"no-such-partial\" }}\n");
        input.AssertRefused(BuildWith(input), @"theme/layouts/chapters\.sbn-html:2:4: error: there is no partial 'no-such-partial' \(theme/layouts/partials/no-such-partial\.sbn-html\)");
    }

    [Fact]
    public void A_template_error_points_at_the_template_once()
    {
        using var input = new HostileInput(previous);
        var layout = Path.Combine(ScratchTheme.CopyInto(input.Folder), "layouts", "chapter.sbn-html");
        File.WriteAllText(layout, "<h1>{{ page.title }}</h1>\n<p>{{ no_such_variable }}</p>\n");
        var run = BuildWith(input);
        input.AssertRefused(run, @"theme/layouts/chapter\.sbn-html:2:7: error: .*no_such_variable.* \(rendering /chapters/[a-z0-9-]+/ and \d+ more pages\)");
        Assert.Single(run.Error.Split('\n'), line => line.Contains("no_such_variable", StringComparison.Ordinal));
    }

    [Fact]
    public void A_partial_sees_its_arguments_not_the_callers_variables()
    {
        using var input = new HostileInput(previous);
        var theme = ScratchTheme.CopyInto(input.Folder);
        // The pager is called with prev, next and pager_label; the chapter layout's model is not among them.
        var pager = Path.Combine(theme, "layouts", "partials", "pager.sbn-html");
        File.WriteAllText(pager, File.ReadAllText(pager) + "{{ model.id }}\n");
        var run = BuildWith(input);
        input.AssertRefused(run, @"theme/layouts/partials/pager\.sbn-html:\d+:\d+: error: .*model.* \(rendering /[a-z/0-9-]+ and \d+ more pages\)");
    }
}
