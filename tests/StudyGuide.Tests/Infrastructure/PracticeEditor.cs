using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace StudyGuide.Tests.Infrastructure;

/// <summary>
/// The editor of a Practice workspace (CodeMirror in an open shadow root, theme/assets/js/editor/),
/// driven as a reader drives it: on a question page (<c>.practice</c>) or in a mock round's problem.
/// Playwright's CSS locators pierce open shadow roots, so <see cref="Content"/> finds CodeMirror's
/// editable element inside it.
/// </summary>
/// <param name="scope">The element that holds the workspace.</param>
public sealed class PracticeEditor(IPage page, ILocator scope)
{
    /// <summary>CodeMirror's editable element (its accessible name is the editor's label).</summary>
    public ILocator Content => scope.Locator(".cm-content");

    /// <summary>The editor of the question page's Practice section.</summary>
    public static PracticeEditor OnQuestionPage(IPage page) => new(page, page.Locator(".practice"));

    /// <summary>Waits for the editor chunk, which loads when the workspace comes near the screen.</summary>
    public async Task<ILocator> LoadedAsync()
    {
        await scope.Locator(".practice-workspace").ScrollIntoViewIfNeededAsync();
        await Expect(Content).ToBeVisibleAsync(new() { Timeout = 30_000 });
        return Content;
    }

    /// <summary>The editor's text once it has loaded, line by line as CodeMirror shows it (the documents here fit its viewport).</summary>
    public async Task<string> TextAsync()
    {
        await LoadedAsync();
        return await ShownTextAsync();
    }

    private Task<string> ShownTextAsync() =>
        scope.Locator(".practice-editor").EvaluateAsync<string>("host => Array.from(host.shadowRoot.querySelectorAll('.cm-line')).map(l => l.textContent).join('\\n')");

    /// <summary>Replaces the editor's text by pasting, as a reader brings in code from elsewhere.</summary>
    public async Task ReplaceAsync(string code)
    {
        await LoadedAsync();
        await page.EvaluateAsync("code => navigator.clipboard.writeText(code)", code);
        await Content.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Control+V");
        // Wait for exactly this text (a check of one line could pass on the text before the paste),
        // polled from here: a page whose clock a test has paused runs no timers of its own.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        string text;
        while ((text = await ShownTextAsync()).TrimEnd() != code.TrimEnd() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        Assert.Equal(code.TrimEnd(), text.TrimEnd());
    }
}
