using StudyGuide.ContentTypes;
using StudyGuide.Routing;

namespace StudyGuide.Theme;

/// <summary>
/// What the site needs from a theme, checked when the theme is loaded so that a missing file is a
/// <c>theme/…: error:</c> line rather than a crash halfway through rendering: a layout for every
/// route of the route table and the <see cref="BaseLayout"/> around them, the partials the engine
/// renders itself (the print page's parts) and every partial a template calls, and the assets every
/// page links to.
/// </summary>
public static class ThemeContract
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

    /// <summary>The assets every page links to, each with the file it is made from, relative to <c>assets/</c>.</summary>
    public static readonly IReadOnlyList<(string Name, string Source)> Assets =
        [(Stylesheet, "css"), (Script, "dist/site.js"), (Favicon, Favicon), (ThemeScript, ThemeScript)];
}
