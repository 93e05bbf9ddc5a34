namespace StudyGuide.Content;

/// <summary>A printable checklist from <c>input/checklists/&lt;id&gt;.yml</c>.</summary>
public sealed record Checklist(
    string Id,
    Diagnostics.SourceLocation IdLocation,
    string SourcePath,
    string Title,
    MarkdownSource Intro,
    int Order,
    IReadOnlyList<ChecklistSection> Sections);

public sealed record ChecklistSection(string Title, IReadOnlyList<ChecklistItem> Items);

/// <param name="Id">Stable id: explicit in YAML or a slug of the text; keys the reader's ticks in localStorage.</param>
public sealed record ChecklistItem(string Id, MarkdownSource Text, MarkdownSource? Note);
