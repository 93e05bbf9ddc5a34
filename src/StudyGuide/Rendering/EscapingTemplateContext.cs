using System.Net;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace StudyGuide.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes everything a template prints with <c>{{ … }}</c>,
/// except <see cref="TrustedHtml"/>. Scriban does not escape by default; content arrives by
/// pull request, so escaping must not depend on every template remembering a filter.
/// </summary>
internal sealed class EscapingTemplateContext(Scriban.Runtime.ScriptObject builtins) : TemplateContext(builtins)
{
    // One output buffer per nesting level of templates (layout, partial, nested partial), kept
    // across the pages this context renders: a fresh StringBuilder per template grew chunk by chunk
    // for every page. Scriban empties the buffer after each render and .NET keeps its capacity.
    private readonly List<StringBuilderOutput> _outputs = [];
    private int _depth;

    /// <summary>Makes the next template write into a reused buffer; pair with <see cref="PopReusedOutput"/>.</summary>
    public void PushReusedOutput()
    {
        if (_depth == _outputs.Count)
        {
            _outputs.Add(new StringBuilderOutput(new System.Text.StringBuilder(4096)));
        }
        PushOutput(_outputs[_depth++]);
    }

    public void PopReusedOutput()
    {
        PopOutput();
        _depth--;
    }

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
