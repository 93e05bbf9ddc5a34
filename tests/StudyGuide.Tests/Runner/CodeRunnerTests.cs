using Microsoft.Playwright;
using StudyGuide.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StudyGuide.Tests.Runner;

/// <summary>
/// The code runner on a question page, in Chromium, against <c>serve</c>'s proxy pointed at the fake
/// Playground (which really builds and runs the code with the local Go).
/// </summary>
public sealed class CodeRunnerTests(BuiltSite site, Infrastructure.Browser browser, FakePlayground playground) : IClassFixture<FakePlayground>, IClassFixture<BuiltSite>, IClassFixture<Infrastructure.Browser>
{
    private const string Question = "/problems/two-sum/";

    private static readonly LocatorAssertionsToContainTextOptions GoTime = FakePlayground.GoTime;

    private static string CodeOf(string question) =>
        File.ReadAllText(Path.Combine(RepoPaths.Input, "banks", "coding", question + ".go")).Replace("\r\n", "\n");

    private Task<ServedPage> OpenAsync(string upstream) => ServedPage.OpenAsync(browser, site.OutputPath, upstream);

    /// <summary>The question's page with its solution shown: the runner is part of the solution, closed on arrival.</summary>
    private static async Task GotoSolutionAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.Locator("details.solution > summary").ClickAsync();
    }

    [Fact]
    public async Task Run_shows_the_programs_output()
    {
        await using var served = await OpenAsync(playground.Address);
        var page = served.Page;
        var failedResponses = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                lock (failedResponses)
                {
                    failedResponses.Add($"{response.Status} {response.Url}");
                }
            }
        };
        await GotoSolutionAsync(page, Question);
        var expected = await page.Locator(".expected-output pre").TextContentAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Run", Exact = true }).ClickAsync();

        await Expect(page.Locator(".code-runner .run-output .run-status")).ToContainTextAsync("Program exited with status 0", GoTime);
        Assert.Equal(expected!.TrimEnd('\n'), (await page.Locator(".code-runner .run-output pre.stdout").TextContentAsync())!.TrimEnd('\n'));
        Assert.Contains(CodeOf("two-sum"), playground.CompiledCode);
        Assert.Equal("polite", await page.Locator(".code-runner .run-output").GetAttributeAsync("aria-live"));
        // Every request of the page succeeded; Chromium's own /favicon.ico probe (the site has none) is
        // not a page request and only shows up as a "Failed to load resource" console line.
        Assert.Empty(failedResponses);
        Assert.DoesNotContain(served.ConsoleErrors, e => !e.StartsWith("Failed to load resource", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_on_a_long_program_brings_the_output_into_view_and_keeps_focus_on_run()
    {
        await using var served = await OpenAsync(playground.Address);
        var page = served.Page;
        await page.SetViewportSizeAsync(390, 900);
        await GotoSolutionAsync(page, "/problems/lru-cache/");
        var run = page.GetByRole(AriaRole.Button, new() { Name = "Run", Exact = true });
        await run.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator(".code-runner [data-output-panel] .run-status")).ToContainTextAsync("Program exited with status 0", GoTime);
        // The whole status line is on screen (the panel was scrolled into view), and focus is still on Run.
        await page.WaitForFunctionAsync("() => { const r = document.querySelector('.code-runner [data-output-panel] .run-status').getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }");
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.dataset.action === 'run'"));
        Assert.Equal("false", await page.Locator(".code-runner [data-output-panel]").GetAttributeAsync("aria-busy"));
    }

    [Fact]
    public async Task Edited_code_with_a_compile_error_shows_the_line()
    {
        await using var served = await OpenAsync(playground.Address);
        var page = served.Page;
        await GotoSolutionAsync(page, Question);
        var broken = GoPrograms.Program("fmt.Println(\"start\")", "fmt.Println(missingName)");
        var line = GoPrograms.PositionOf(broken, "missingName").Line;

        await page.GetByRole(AriaRole.Button, new() { Name = "Edit" }).ClickAsync();
        await page.GetByLabel("Edit the Go code before running it").FillAsync(broken);
        await page.GetByRole(AriaRole.Button, new() { Name = "Run", Exact = true }).ClickAsync();

        await Expect(page.Locator(".code-runner .run-output .run-status")).ToContainTextAsync("Build failed", GoTime);
        await Expect(page.Locator(".code-runner .run-output pre.error")).ToContainTextAsync($"prog.go:{line}:");
        await Expect(page.Locator(".code-runner .run-output pre.error")).ToContainTextAsync("undefined: missingName");
    }

    [Fact]
    public async Task Unreachable_playground_shows_a_clear_message()
    {
        await using var served = await OpenAsync(FakePlayground.UnreachableAddress());
        var page = served.Page;
        await GotoSolutionAsync(page, Question);

        await page.GetByRole(AriaRole.Button, new() { Name = "Run", Exact = true }).ClickAsync();

        await Expect(page.Locator(".code-runner .run-output .run-status.error")).ToContainTextAsync("The Go Playground could not be reached", GoTime);
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Run", Exact = true }).IsEnabledAsync());
    }

    [Fact]
    public async Task Open_in_playground_opens_the_shared_snippet_in_a_new_tab()
    {
        await using var served = await OpenAsync(playground.Address);
        // There is no network here, so the test watches where the new tab goes rather than waiting for
        // go.dev to load; a stub answers so the tab does not end on an error page.
        var playgroundRequest = new TaskCompletionSource<IRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
        served.Context.Request += (_, request) =>
        {
            if (request.Url.StartsWith("https://go.dev/", StringComparison.Ordinal))
            {
                playgroundRequest.TrySetResult(request);
            }
        };
        await served.Context.RouteAsync("https://go.dev/**", route => route.FulfillAsync(new() { ContentType = "text/html", Body = "<title>Go Playground</title>" }));
        var page = served.Page;
        await GotoSolutionAsync(page, Question);

        var popup = await page.RunAndWaitForPopupAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Open in Go Playground" }).ClickAsync());
        var request = await playgroundRequest.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Same(popup, request.Frame.Page);
        Assert.StartsWith("https://go.dev/play/p/", request.Url);
        var id = request.Url["https://go.dev/play/p/".Length..];
        Assert.True(playground.SharedCode.TryGetValue(id, out var shared), $"the fake issued no id '{id}'");
        Assert.Equal(CodeOf("two-sum"), shared);
    }

    [Fact]
    public async Task Copy_puts_the_code_on_the_clipboard()
    {
        await using var served = await OpenAsync(playground.Address);
        var page = served.Page;
        await GotoSolutionAsync(page, Question);

        await page.GetByRole(AriaRole.Button, new() { Name = "Copy" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Copied" })).ToBeVisibleAsync();
        Assert.Equal(CodeOf("two-sum"), await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
    }
}
