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
    private readonly ConcurrentQueue<PooledContext> _contexts = new();

    public PageRenderer(ThemeTemplates templates, SiteView site)
    {
        _templates = templates;
        _site = site;
        _functions.Import(ThemeTemplates.PartialFunction, new PartialFunction(RenderPartial));
    }

    public string Render(string layout, PageView page, object model)
    {
        var pooled = Begin(page, _site.Sidebar.For(page.Url), model);
        pooled.Scope["content"] = RenderTemplate(pooled.Context, _templates.Layout(layout));
        var html = RenderTemplate(pooled.Context, _templates.Layout(ThemeContract.BaseLayout)).Html;
        End(pooled);
        return html;
    }

    /// <summary>A partial on its own, called with a page's <c>model</c>: a page's part of the print page.</summary>
    public string RenderPart(string partial, PageView page, object model)
    {
        var pooled = Begin(page, sidebar: null, model);
        var html = RenderTemplate(pooled.Context, _templates.Partial(partial)).Html;
        End(pooled);
        return html;
    }

    /// <summary>A context from the pool (or a new one) with the page's globals and <c>model</c> pushed; pair with <see cref="End"/>.</summary>
    /// <param name="sidebar">The page's cut of the sidebar (<c>sidebar</c>); null for a print part, which has none.</param>
    private PooledContext Begin(PageView page, PageSidebarView? sidebar, object model)
    {
        if (!_contexts.TryDequeue(out var pooled))
        {
            pooled = new PooledContext(NewContext());
        }
        pooled.Globals["site"] = _site;
        pooled.Globals["page"] = page;
        if (sidebar is not null)
        {
            pooled.Globals["sidebar"] = sidebar;
        }
        pooled.Scope["model"] = model;
        pooled.Context.PushGlobal(pooled.Globals);
        pooled.Context.PushGlobal(pooled.Scope);
        return pooled;
    }

    /// <summary>
    /// Empties the page's globals and puts the context back. Not called when a render throws: a
    /// context left half-way (outputs, loops) is not reused.
    /// </summary>
    private void End(PooledContext pooled)
    {
        pooled.Context.PopGlobal();
        pooled.Context.PopGlobal();
        pooled.Globals.Clear();
        pooled.Scope.Clear();
        _contexts.Enqueue(pooled);
    }

    /// <summary>
    /// A template context and the two objects a page's variables go in, kept with it: two new
    /// objects (and their tables) per page and per print part were some 27 MB at 10,011 pages.
    /// </summary>
    private sealed class PooledContext(EscapingTemplateContext context)
    {
        public EscapingTemplateContext Context { get; } = context;

        /// <summary><c>site</c>, <c>page</c> and <c>sidebar</c>: partials see these too.</summary>
        public ScriptObject Globals { get; } = new();

        /// <summary>The template's own variables: what it is given (<c>model</c>, <c>content</c>), and what it assigns.</summary>
        public ScriptObject Scope { get; } = new();
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
    private delegate TrustedHtml? PartialFunction(TemplateContext context, string name, ScriptObject? arguments = null);

    /// <summary>
    /// Renders a partial with its arguments in place of the caller's variables (restored after).
    /// A call printed where it stands (<c>{{ partial "pager" { … } }}</c>, every call in the theme)
    /// renders straight into the caller's output and returns nothing to print; any other use of the
    /// call (assigned, piped) gets the partial's HTML as a value. Rendered to a string and copied into
    /// the caller's output, partials (a question's sections inside its content inside the page) were
    /// about 0.5 GB of the 5.3 GB a 10,011-page build allocated.
    /// </summary>
    private TrustedHtml? RenderPartial(TemplateContext context, string name, ScriptObject? arguments = null)
    {
        var caller = context.PopGlobal();
        context.PushGlobal(arguments ?? new ScriptObject());
        try
        {
            var partial = _templates.Partial(name);
            if (IsPrintedWhereItStands(context.CurrentNode))
            {
                Reported(context, partial, RenderInPlace);
                return null;
            }
            return RenderTemplate(context, partial);
        }
        finally
        {
            context.PopGlobal();
            context.PushGlobal(caller);
        }
    }

    /// <summary>The function call being evaluated is a statement of its own, whose value the template prints.</summary>
    private static bool IsPrintedWhereItStands(ScriptNode? call) =>
        call is ScriptFunctionCall && call.Parent is ScriptExpressionStatement statement && statement.Expression == call;

    /// <summary>What <see cref="Template.Render(TemplateContext)"/> does, without making a string of the output and emptying it.</summary>
    /// <remarks>The theme's templates all have a path and parsed (a template with errors fails the theme's load).</remarks>
    private static bool RenderInPlace(TemplateContext context, Template template)
    {
        var page = template.Page ?? throw new InvalidOperationException($"template {template.SourceFilePath} did not parse");
        var path = template.SourceFilePath ?? throw new InvalidOperationException("a theme template without its path");
        context.PushSourceFile(path);
        try
        {
            if (context.Evaluate(page) is { } result)
            {
                context.Write(page.Span, result);
            }
            return true;
        }
        finally
        {
            context.PopSourceFile();
        }
    }

    private static TrustedHtml RenderTemplate(TemplateContext context, Template template)
    {
        var output = (EscapingTemplateContext)context;
        output.PushReusedOutput();
        try
        {
            return Reported(context, template, static (c, t) => new TrustedHtml(t.Render(c)));
        }
        finally
        {
            output.PopReusedOutput();
        }
    }

    /// <summary>Runs a template; its error becomes a <see cref="ThemeException"/> at its place in the template.</summary>
    private static T Reported<T>(TemplateContext context, Template template, Func<TemplateContext, Template, T> render)
    {
        try
        {
            return render(context, template);
        }
        catch (ScriptRuntimeException ex) when (ex.InnerException is ThemeException inner)
        {
            throw inner; // a partial's own error, already at its place in the partial
        }
        catch (ScriptRuntimeException ex)
        {
            throw new ThemeException(new SourceLocation(ex.Span.FileName, ex.Span.Start.Line + 1, ex.Span.Start.Column + 1), ex.OriginalMessage, ex);
        }
    }
}

/// <summary>A template failed while rendering a page: a bug in the theme, reported at its place in the template.</summary>
internal sealed class ThemeException(SourceLocation location, string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>Where in the theme: the template's file, line and column (the whole template when the line is unknown).</summary>
    public SourceLocation Location { get; } = location;
}
