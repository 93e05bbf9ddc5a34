using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using StudyGuide.Content;

namespace StudyGuide.Markdown;

/// <summary>
/// Markdown task lists (<c>- [ ] item</c>) become real, labelled checkboxes whose state the
/// theme keeps in localStorage, like checklist items. Each box carries
/// <c>data-key="&lt;scope&gt;:&lt;task id&gt;"</c>: the scope is the id of the content (see
/// <see cref="ScopedHtmlRenderer"/>), the task id a slug of the item's text, so the key stays
/// the same across rebuilds and on every page that shows the content.
/// </summary>
internal sealed class TaskCheckboxExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.Extensions.Contains<TaskListExtension>())
        {
            pipeline.Extensions.Add(new TaskListExtension());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<HtmlTaskListRenderer>(new CheckboxRenderer());
            html.ObjectRenderers.ReplaceOrAdd<ParagraphRenderer>(new TaskParagraphRenderer());
        }
    }

    /// <summary>True when the paragraph is the text of a task list item.</summary>
    public static bool IsTask(ParagraphBlock paragraph) => paragraph.Parent is ListItemBlock && paragraph.Inline?.FirstChild is TaskList;

    /// <summary>Stable id of a task: a slug of its text without markup (link labels count, link targets do not).</summary>
    public static string IdOf(ParagraphBlock paragraph) => Slug.From(MarkdownParser.PlainText(paragraph.Inline));

    /// <summary>Wraps a task's text in a label, so clicking the text ticks the box.</summary>
    private sealed class TaskParagraphRenderer : ParagraphRenderer
    {
        protected override void Write(HtmlRenderer renderer, ParagraphBlock paragraph)
        {
            if (!IsTask(paragraph))
            {
                base.Write(renderer, paragraph);
                return;
            }
            if (!renderer.ImplicitParagraph)
            {
                renderer.EnsureLine();
                renderer.Write("<p").WriteAttributes(paragraph).Write('>');
            }
            renderer.Write("<label class=\"task\">");
            renderer.WriteLeafInline(paragraph);
            renderer.Write("</label>");
            if (!renderer.ImplicitParagraph)
            {
                renderer.WriteLine("</p>");
            }
        }
    }

    private sealed class CheckboxRenderer : HtmlObjectRenderer<TaskList>
    {
        protected override void Write(HtmlRenderer renderer, TaskList task)
        {
            renderer.Write("<input type=\"checkbox\" class=\"task-checkbox\"");
            if (renderer is ScopedHtmlRenderer scoped && task.Parent?.ParentBlock is ParagraphBlock paragraph)
            {
                renderer.Write(" data-key=\"").WriteEscape(scoped.TaskScope).Write(':').WriteEscape(IdOf(paragraph)).Write('"');
            }
            if (task.Checked)
            {
                renderer.Write(" checked");
            }
            renderer.Write('>');
        }
    }
}
