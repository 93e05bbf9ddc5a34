using Microsoft.Playwright;
using StudyGuide.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StudyGuide.Tests.Accessibility;

/// <summary>
/// axe-core audits (WCAG 2.1 AA, contrast included) of /review/ and /mock/ in the states their
/// scripts make, in light and dark: a review card with its answer and grades, a running coding
/// round, and a round's summary with the solutions and the self-review. (The pages as first loaded
/// are in <see cref="AccessibilityTests"/>.)
/// </summary>
public sealed class ReviewMockAccessibilityTests(BuiltSite site, Infrastructure.Browser browser) : ServedSiteTest(site, browser)
{
    public static TheoryData<string, string> States()
    {
        var data = new TheoryData<string, string>();
        foreach (var state in new[] { "review-answer", "mock-round", "mock-summary" })
        {
            data.Add(state, "light");
            data.Add(state, "dark");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(States))]
    public async Task State_has_no_axe_violations(string state, string scheme)
    {
        var (page, errors) = await OpenAsync();
        await page.EmulateMediaAsync(new() { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        if (state == "review-answer")
        {
            await page.GotoAsync("/problems/two-sum/");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add to review" }).ClickAsync();
            await page.GotoAsync("/review/");
            await page.GetByRole(AriaRole.Button, new() { Name = "Show answer" }).ClickAsync();
            await Expect(page.Locator("[data-card-answer] pre.code")).ToBeVisibleAsync();
        }
        else
        {
            await page.GotoAsync("/mock/?round=coding&ids=two-sum,lru-cache");
            await page.GetByRole(AriaRole.Button, new() { Name = "Start the round" }).ClickAsync();
            await Expect(page.Locator(".mock-problem:not([hidden]) .mock-prompt")).ToContainTextAsync("target");
            if (state == "mock-summary")
            {
                await page.GetByRole(AriaRole.Button, new() { Name = "End the round" }).ClickAsync();
                await Expect(page.Locator(".mock-solution pre.code")).ToHaveCountAsync(2);
            }
        }

        var violations = await AxeAudit.ViolationsAsync(page, scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        Assert.True(violations.Count == 0, $"{state} ({scheme}):\n" + string.Join("\n", violations));
        ConsoleErrors.AssertNone(errors);
    }
}
