using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StudyGuide.Markdown;

/// <summary>
/// How deeply a syntax tree nests, blocks and inlines together. Markdig refuses block nesting
/// over its limit while parsing, but nested emphasis and links parse fine and only fail when
/// rendered, with no position; walking the tree once after parsing finds them where they are.
/// The walk keeps its own stack, so a hostile tree cannot overflow the thread's.
/// </summary>
internal static class NestingDepth
{
    /// <summary>
    /// The 0-based line and column of the first object (in document order) deeper than
    /// <paramref name="limit"/> levels below the document, or null when there is none.
    /// </summary>
    public static (int Line, int Column)? FirstDeeperThan(MarkdownDocument document, int limit)
    {
        var pending = new Stack<(MarkdownObject Node, int Depth, int Line, int Column)>();
        pending.Push((document, 0, 0, 0));
        while (pending.TryPop(out var item))
        {
            if (item.Depth > limit)
            {
                return (item.Line, item.Column);
            }
            // Children pushed last-first, so they are visited in document order.
            foreach (var child in Children(item.Node).Reverse())
            {
                // A paragraph's inline root has no position of its own: it stands where its block does.
                var positioned = child is not ContainerInline { Parent: null };
                pending.Push((child, item.Depth + 1, positioned ? child.Line : item.Line, positioned ? child.Column : item.Column));
            }
        }
        return null;
    }

    private static IEnumerable<MarkdownObject> Children(MarkdownObject node) => node switch
    {
        ContainerBlock container => container,
        LeafBlock { Inline: { } inline } => [inline],
        ContainerInline inline => inline,
        _ => [],
    };
}
