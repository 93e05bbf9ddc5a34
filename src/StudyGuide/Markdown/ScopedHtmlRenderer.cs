using Markdig.Renderers;

namespace StudyGuide.Markdown;

/// <summary>
/// An HTML renderer that knows whose content it renders. Extensions read <see cref="TaskScope"/>
/// to build keys that are the same wherever the content appears (its own page or a print page).
/// One instance per render call, so parallel renders never share it.
/// </summary>
internal sealed class ScopedHtmlRenderer(TextWriter writer, string taskScope) : HtmlRenderer(writer)
{
    /// <summary>Id of the content being rendered (a chapter or question id, say); the first half of a task's storage key.</summary>
    public string TaskScope { get; } = taskScope;
}
