using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace StudyGuide.Tests.Infrastructure;

/// <summary>
/// An axe-core audit against WCAG 2.1 A and AA, as every accessibility test of the suite runs it.
/// The theme's colour scheme changes colours and nothing else (each colour is one <c>light-dark()</c>
/// value; <c>ThemeColourSchemeTests</c> keeps it so), so a page audited with every rule in light is
/// audited in dark with axe's colour rules only: the other rules would see the same page twice.
/// </summary>
public static class AxeAudit
{
    public static readonly IReadOnlyList<string> Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>
    /// Runs the audit and returns one line per violated rule (empty when the page is clean).
    /// <paramref name="colourExclusions"/> are CSS selectors the colour rules skip (the rest still
    /// see them): for a long page whose code blocks are the same markup and classes as the pages
    /// audited on their own, checking each of their thousands of tokens again costs most of the run.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, ColorScheme scheme, params string[] colourExclusions)
    {
        var colourRules = await ColourRulesAsync(page);
        var results = new List<AxeResult>();
        if (scheme == ColorScheme.Dark)
        {
            results.Add(await RunAsync(page, Only(colourRules), colourExclusions));
        }
        else if (colourExclusions.Length == 0)
        {
            results.Add(await RunAsync(page, new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] } }, []));
        }
        else
        {
            var allButColours = new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] },
                Rules = colourRules.ToDictionary(rule => rule, _ => new RuleOptions { Enabled = false }),
            };
            results.Add(await RunAsync(page, allButColours, []));
            results.Add(await RunAsync(page, Only(colourRules), colourExclusions));
        }
        return results.SelectMany(r => r.Violations)
            .Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes: {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))})")
            .ToList();
    }

    /// <summary>axe's rules that read colours (its <c>cat.color</c> category) among the WCAG 2.1 A and AA ones.</summary>
    private static async Task<List<string>> ColourRulesAsync(IPage page)
    {
        var rules = await page.GetAxeRules([.. Tags]);
        var colour = rules.Where(r => r.Tags.Contains("cat.color")).Select(r => r.RuleId).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(colour);
        return colour;
    }

    private static AxeRunOptions Only(List<string> rules) => new() { RunOnly = new RunOnlyOptions { Type = "rule", Values = rules } };

    /// <summary>Passing nodes are not listed (<c>resultTypes</c>): axe then skips building a selector for each of them.</summary>
    private static Task<AxeResult> RunAsync(IPage page, AxeRunOptions options, string[] exclusions)
    {
        options.ResultTypes = [ResultType.Violations];
        return exclusions.Length == 0
            ? page.RunAxe(options)
            : page.RunAxe(new AxeRunContext { Exclude = [.. exclusions.Select(s => new AxeSelector(s))] }, options);
    }
}
