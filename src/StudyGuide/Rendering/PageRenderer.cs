using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using StudyGuide.Diagnostics;
using StudyGuide.Rendering.Views;
using StudyGuide.Theme;

namespace StudyGuide.Rendering;

/// <summary>
/// Renders one page: its own layout (for example <c>question</c>) produces the main content,
/// then the <c>base</c> layout wraps it with the header, navigation and footer. A template
/// context serves one page at a time (contexts are pooled, one per thread in practice), so
/// pages render in parallel without sharing state.
/// What a template sees: <c>site</c> and <c>page</c> everywhere; a layout also <c>model</c> (and the
/// base layout <c>content</c>); a partial only the arguments it is called with
/// (<c>{{ partial "pager" { prev: model.previous, next: model.next, pager_label: "Chapters" } }}</c>):
/// the calling template's variables are out of its sight, so what a partial uses is written at the call.
/// </summary>
internal sealed class PageRenderer
{
    private readonly ThemeTemplates _templates;
    private readonly SiteView _site;

    // Scriban builds its ~300 built-in functions for every new context unless given them; they are
    // never written to (page variables go to the per-page globals pushed on top), so one set is
    // built per renderer and shared by every page, like the "partial" function.
    private readonly ScriptObject _builtins = TemplateContext.GetDefaultBuiltinObject();
    private readonly ScriptObject _functions = new();

    // A context caches how to read each .NET type it meets (found by reflection, attributes
    // included): a new context per page spent a tenth of the render stage finding them again.
    // Between pages a context holds nothing of a page: its globals are pushed and popped.
    // A queue, not a ConcurrentBag: a bag keeps its items in thread-local storage of the thread
    // pool's threads, and since a context references this renderer (and so the bag), the whole
    // site model stayed reachable after every build: the preview server and the fuzzer leaked it.
    private readonly ConcurrentQueue<TemplateContext> _contexts = new();

    public PageRenderer(ThemeTemplates templates, SiteView site)
    {
        _templates = templates;
        _site = site;
        _functions.Import(ThemeTemplates.PartialFunction, new PartialFunction(RenderPartial));
    }

    public string Render(string layout, PageView page, object model) => WithContext(page, _site.Sidebar.For(page.Url), new ScriptObject { ["model"] = model }, (context, scope) =>
    {
        scope["content"] = RenderTemplate(context, _templates.Layout(layout));
        return RenderTemplate(context, _templates.Layout(ThemeContract.BaseLayout)).Html;
    });

    /// <summary>A partial on its own, called with a page's <c>model</c>: a page's part of the print page.</summary>
    public string RenderPart(string partial, PageView page, object model) =>
        WithContext(page, sidebar: null, new ScriptObject { ["model"] = model }, (context, _) => RenderTemplate(context, _templates.Partial(partial)).Html);

    /// <param name="sidebar">The page's cut of the sidebar (<c>sidebar</c>); null for a print part, which has none.</param>
    /// <param name="scope">The template's own variables: what it is given, and what it assigns.</param>
    private string WithContext(PageView page, PageSidebarView? sidebar, ScriptObject scope, Func<TemplateContext, ScriptObject, string> render)
    {
        if (!_contexts.TryDequeue(out var context))
        {
            context = NewContext();
        }
        var globals = new ScriptObject
        {
            ["site"] = _site,
            ["page"] = page,
        };
        if (sidebar is not null)
        {
            globals["sidebar"] = sidebar;
        }
        context.PushGlobal(globals);
        context.PushGlobal(scope);
        // A render that throws may leave the context half-way (outputs, loops): it is not reused.
        var html = render(context, scope);
        context.PopGlobal();
        context.PopGlobal();
        _contexts.Enqueue(context);
        return html;
    }

    private EscapingTemplateContext NewContext()
    {
        var context = new EscapingTemplateContext(_builtins)
        {
            StrictVariables = true,
            // AutoIndent off: Scriban would otherwise indent every line of a multi-line value printed at an
            // indented position, which changes the code inside <pre> and <textarea> (and so what Copy and Run get).
            AutoIndent = false,
            // Scriban's defaults (1000 loop iterations per nested loop tree, 1M characters of output
            // counted across partials) are guards for untrusted templates; listing pages loop over every
            // question. No loop or output limit (0); a string limit still fails loudly instead of truncating.
            LoopLimit = 0,
            OutputLimit = 0,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            OnStringLimit = ScriptLimitBehavior.Throw,
        };
        context.PushGlobal(_functions);
        return context;
    }

    /// <summary>The <c>partial</c> function of templates: the name, then the partial's arguments as one object.</summary>
    private delegate TrustedHtml PartialFunction(TemplateContext context, string name, ScriptObject? arguments = null);

    /// <summary>Renders a partial with its arguments in place of the caller's variables (restored after).</summary>
    private TrustedHtml RenderPartial(TemplateContext context, string name, ScriptObject? arguments = null)
    {
        var caller = context.PopGlobal();
        context.PushGlobal(arguments ?? new ScriptObject());
        try
        {
            return RenderTemplate(context, _templates.Partial(name));
        }
        finally
        {
            context.PopGlobal();
            context.PushGlobal(caller);
        }
    }

    private static TrustedHtml RenderTemplate(TemplateContext context, Template template)
    {
        var output = (EscapingTemplateContext)context;
        output.PushReusedOutput();
        try
        {
            return new TrustedHtml(template.Render(context));
        }
        catch (ScriptRuntimeException ex) when (ex.InnerException is ThemeException inner)
        {
            throw inner; // a partial's own error, already at its place in the partial
        }
        catch (ScriptRuntimeException ex)
        {
            throw new ThemeException(new SourceLocation(ex.Span.FileName, ex.Span.Start.Line + 1, ex.Span.Start.Column + 1), ex.OriginalMessage, ex);
        }
        finally
        {
            output.PopReusedOutput();
        }
    }
}

/// <summary>A template failed while rendering a page: a bug in the theme, reported at its place in the template.</summary>
internal sealed class ThemeException(SourceLocation location, string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>Where in the theme: the template's file, line and column (the whole template when the line is unknown).</summary>
    public SourceLocation Location { get; } = location;
}
