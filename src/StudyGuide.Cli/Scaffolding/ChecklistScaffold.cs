using StudyGuide.Routing;

namespace StudyGuide.Cli.Scaffolding;

/// <summary><c>studyguide new checklist &lt;id&gt;</c>: <c>input/checklists/&lt;id&gt;.yml</c>, ordered after the last checklist.</summary>
internal static class ChecklistScaffold
{
    public static Scaffold Create(ExistingContent content, string id)
    {
        // Checklists without an order sort last (int.MaxValue); the new one goes after the numbered ones.
        var orders = content.Content.Checklists.Select(c => c.Order).Where(o => o != int.MaxValue);
        var file = content.CreateNamedFile("checklist", "checklists", ".yml", id, orders, Text);
        return new Scaffold(
            [$"Created {file}"],
            [
                $"Edit {file}: title, intro, then the sections and their items (each field is commented).",
                .. Scaffold.PreviewAndCheck(Routes.Checklist.For(id)),
            ]);
    }

    private static string Text(string id, string title, int order) => $"""
        # yaml-language-server: $schema=../../schema/checklist.schema.json
        # The checklist's id: equal to the file name, used in its URL and in xref links.
        id: {id}
        # The page title and its name in the checklist list. Plain text.
        title: {title}
        # Markdown: when to use this checklist and what it covers, in a sentence or two.
        intro: |
          When to use this checklist, and what it covers.
        # Position among the checklists (lower first). Without it, a checklist sorts after the numbered ones.
        order: {order}
        # At least one section, each with at least one item.
        sections:
          - title: First section
            items:
              # One line of Markdown: a concrete action that starts with a verb.
              - text: Do the first thing
                # Optional: one short sentence on why or how, shown under the item.
                note: Why it matters, in one sentence.
                # Optional: a stable id (a slug). Readers' ticks are saved by item id, and the default
                # id is a slug of the text, so set one before rewording a published item.
                id: first-thing
              - text: Do the second thing

        """;
}
