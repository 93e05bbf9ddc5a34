using System.Net;
using Scriban;
using Scriban.Parsing;

namespace StudyGuide.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes everything a template prints with <c>{{ … }}</c>,
/// except <see cref="TrustedHtml"/>. Scriban does not escape by default; content arrives by
/// pull request, so escaping must not depend on every template remembering a filter.
/// </summary>
public sealed class EscapingTemplateContext(Scriban.Runtime.ScriptObject builtins) : TemplateContext(builtins)
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is TrustedHtml trusted)
        {
            Write(trusted.Html);
            return this;
        }
        if (textAsObject is null)
        {
            return this;
        }
        Write(WebUtility.HtmlEncode(ObjectToString(textAsObject)));
        return this;
    }
}
