using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using StudyGuide.Rendering.Views;

namespace StudyGuide.Rendering;

/// <summary>
/// Renders one page: its own layout (for example <c>question</c>) produces the main content,
/// then the <c>base</c> layout wraps it with the header, navigation and footer. Each call
/// uses its own template context, so pages render in parallel without sharing state.
/// </summary>
public sealed class PageRenderer(ThemeTemplates templates, SiteView site)
{
    public string Render(string layout, PageView page, object model)
    {
        var globals = new ScriptObject
        {
            ["site"] = site,
            ["page"] = page,
            ["model"] = model,
        };
        // LoopLimit 0 = none: pages such as /problems/ list every question, so loops grow with the
        // content (Scriban's default of 1,000 iterations fails a site with more questions).
        var context = new EscapingTemplateContext { StrictVariables = true, LoopLimit = 0 };
        globals.Import("partial", new Func<TemplateContext, string, TrustedHtml>(RenderPartial));
        context.PushGlobal(globals);

        globals["content"] = RenderTemplate(context, templates.Layout(layout));
        return RenderTemplate(context, templates.Layout("base")).Html;
    }

    private TrustedHtml RenderPartial(TemplateContext context, string name) => RenderTemplate(context, templates.Partial(name));

    private static TrustedHtml RenderTemplate(TemplateContext context, Template template)
    {
        context.PushOutput();
        try
        {
            return new TrustedHtml(template.Render(context));
        }
        catch (ScriptRuntimeException ex)
        {
            throw new ThemeException($"{ex.Span.FileName}:{ex.Span.Start.Line + 1}:{ex.Span.Start.Column + 1}: error: {ex.OriginalMessage}", ex);
        }
        finally
        {
            context.PopOutput();
        }
    }
}

/// <summary>A template failed while rendering a page: a bug in the theme, reported with its location.</summary>
public sealed class ThemeException(string message, Exception inner) : Exception(message, inner);
