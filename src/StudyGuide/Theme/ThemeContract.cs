using StudyGuide.ContentTypes;
using StudyGuide.Routing;

namespace StudyGuide.Theme;

/// <summary>
/// What the site needs from a theme, checked when the theme is loaded so that a missing file is a
/// <c>theme/…: error:</c> line rather than a crash halfway through rendering: a layout for every
/// route of the route table and the <see cref="BaseLayout"/> around them, the partials the engine
/// renders itself (the print page's parts) and every partial a template calls, the assets pages
/// link to, and the files the build reads without publishing them (the service worker's bundle, the
/// fonts of the generated images).
/// </summary>
internal static class ThemeContract
{
    /// <summary>The layout that wraps every page's own layout (header, navigation, footer).</summary>
    public const string BaseLayout = "base";

    /// <summary>Each layout the site renders, with a page that needs it (for the message).</summary>
    public static IEnumerable<(string Layout, string NeededBy)> Layouts =>
        Routes.Pages.Select(r => (r.Layout, r.Pattern)).Prepend((BaseLayout, "every page"));

    /// <summary>The partials the engine renders on its own: each chapter's, bank's and question's part of the print page.</summary>
    public static IEnumerable<(string Partial, string NeededBy)> Partials =>
    [
        (ChapterType.PrintPartial, Routes.PrintGuide.Url),
        (BankType.PrintPartial, Routes.PrintGuide.Url),
        (BankType.QuestionPrintPartial, Routes.PrintGuide.Url),
    ];

    public const string Stylesheet = "site.css";
    public const string Script = "site.js";
    public const string Favicon = "favicon.svg";

    /// <summary>The classic script in <c>&lt;head&gt;</c> that applies the reader's light or dark choice before the first paint.</summary>
    public const string ThemeScript = "theme-init.js";

    /// <summary>What a page needs that is every page.</summary>
    private const string EveryPage = "every page links to it";

    /// <summary>
    /// The assets pages link to, each with the file it is made from (relative to <c>assets/</c>) and
    /// the pages that link to it. The scripts are <c>theme/build.js</c>'s bundles in <c>dist/</c>.
    /// </summary>
    public static readonly IReadOnlyList<(string Name, string Source, string NeededBy)> Assets =
    [
        (Stylesheet, "css", EveryPage), (Script, "dist/" + Script, EveryPage), (Favicon, Favicon, EveryPage), (ThemeScript, ThemeScript, EveryPage),
        (EditorScript, "dist/" + EditorScript, $"{Routes.Question.Pattern} links to it where a question has a Practice section"),
        (ReviewScript, "dist/" + ReviewScript, $"{Routes.Review.Url} links to it"),
        (MockScript, "dist/" + MockScript, $"{Routes.Mock.Url} links to it"),
    ];

    /// <summary>The code editor, an ES module the page script imports only where a question has a Practice section.</summary>
    public const string EditorScript = "editor.js";

    /// <summary>The scripts of /review/ and /mock/ alone, loaded after <see cref="Script"/>.</summary>
    public const string ReviewScript = "review.js";

    public const string MockScript = "mock.js";

    /// <summary>The theme's files the build reads but does not publish as they are, relative to <c>assets/</c>, each with what needs it.</summary>
    public static readonly IReadOnlyList<(string Source, string NeededBy)> BuildInputs =
    [
        (ServiceWorkerBundle, $"the offline stage publishes it as {Routes.ServiceWorker}"),
        ($"{FontFolder}/{TitleFont}", "the build draws the share image and the app icons with it"),
        ($"{FontFolder}/{TextFont}", "the build draws the share image and the app icons with it"),
    ];

    /// <summary>The service worker as esbuild bundled it: the offline stage publishes it as <see cref="Routes.ServiceWorker"/> with the build's file list.</summary>
    public const string ServiceWorkerBundle = "dist/sw.js";

    /// <summary>The folder of the fonts the build draws the share image and the app icons with (never published).</summary>
    public const string FontFolder = "fonts";

    public const string TitleFont = "Go-Bold.ttf";

    public const string TextFont = "Go-Regular.ttf";
}
