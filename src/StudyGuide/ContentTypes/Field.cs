using StudyGuide.CodeLanguages;

namespace StudyGuide.ContentTypes;

/// <summary>
/// Where a question kind's own field shows on the question page (and, the same way, on the print
/// page): the templates render each placement through one generic section, so a new field needs no
/// template change.
/// </summary>
public enum Placement
{
    /// <summary>Not shown by the generic sections: the engine shows it itself (the code), or it is read only.</summary>
    None,

    /// <summary>A short value in the header's line of badges, like "Pattern: Hash map".</summary>
    Header,

    /// <summary>A section between the prompt and the answer (hints, what the interviewer looks for).</summary>
    BeforeAnswer,

    /// <summary>Facts inside the answer, after its text (a <c>&lt;dl&gt;</c>, like time and space complexity).</summary>
    InAnswer,

    /// <summary>A section after the answer (each part of a design, each part of a STAR answer).</summary>
    AfterAnswer,
}

/// <summary>
/// One key of a content file, declared once: the loader checks and reads it by this declaration,
/// the JSON Schemas, the commented YAML of <c>studyguide new</c> and the field tables of
/// docs/content-model.md are generated from it, and a question kind's fields are shown through the
/// generic sections of its <see cref="Placement"/>.
/// </summary>
/// <param name="Key">The YAML key.</param>
/// <param name="Help">What to write there, in one or two sentences: the schema's description, the scaffold's comment, the docs.</param>
/// <param name="Shape">How the value is written, for the docs: "text", "Markdown", "list of slugs"…</param>
public abstract record Field(string Key, string Help, string Shape)
{
    public bool Required { get; init; } = true;

    /// <summary>The field's title where a page shows it (a section heading, a label).</summary>
    public string Label { get; init; } = "";

    /// <summary>
    /// The value <c>studyguide new</c> writes: YAML after <c>key:</c>, several lines for a block value.
    /// <c>{id}</c>, <c>{title}</c>, <c>{topic}</c>, <c>{code}</c> and <c>{output}</c> stand for the new content's own values.
    /// </summary>
    public string Example { get; init; } = "";

    public Placement Placement { get; init; } = Placement.None;

    /// <summary>Its words are offered when search corrects a typo (see <c>Search/SearchVocabulary</c>).</summary>
    public bool InVocabulary { get; init; }

    /// <summary>It gives the answer away, like hints: its section is left out of the search index, so search's excerpts of a question come from the prompt.</summary>
    public bool Spoiler { get; init; }

    /// <summary>The id of its section on a page: the key with hyphens (<c>data_model</c> → <c>data-model</c>).</summary>
    public string Id => Key.Replace('_', '-');
}

/// <summary>One line of plain text (a title, a pattern).</summary>
internal sealed record TextField(string Key, string Help) : Field(Key, Help, "text");

/// <summary>An id: a slug of lowercase letters, digits and single hyphens.</summary>
internal sealed record SlugField(string Key, string Help) : Field(Key, Help, "slug");

/// <summary>A whole number.</summary>
internal sealed record IntegerField(string Key, string Help) : Field(Key, Help, "integer");

/// <summary>One of a fixed set of words.</summary>
internal sealed record ChoiceField(string Key, string Help, IReadOnlyList<string> Values) : Field(Key, Help, string.Join(" | ", Values));

/// <summary>A list of slugs: topics, tags, ids of related questions.</summary>
internal sealed record SlugListField(string Key, string Help) : Field(Key, Help, "list of slugs")
{
    /// <summary>At least this many items.</summary>
    public int MinItems { get; init; }
}

/// <summary>Markdown (a block of it, or one line for <see cref="Inline"/>).</summary>
internal sealed record MarkdownField(string Key, string Help) : Field(Key, Help, "Markdown")
{
    /// <summary>One line rendered without a paragraph (checklist items).</summary>
    public bool Inline { get; init; }
}

/// <summary>A list of Markdown texts, shown one by one (hints, follow-up questions).</summary>
/// <param name="ItemLabel">What one item is called, like "Hint" (a hint is shown as "Hint 2").</param>
internal sealed record MarkdownListField(string Key, string Help, string ItemLabel) : Field(Key, Help, "list of Markdown")
{
    /// <summary>At least this many items.</summary>
    public int MinItems { get; init; }

    /// <summary>Added to the error for an empty list, like "give two or three, each more specific than the last".</summary>
    public string? Advice { get; init; }
}

/// <summary>A mapping of named parts (complexity's time and space, the parts of a STAR answer).</summary>
internal sealed record GroupField(string Key, string Help, IReadOnlyList<Field> Parts) : Field(Key, Help, $"mapping: {string.Join(", ", Parts.Select(p => p.Key))}");

/// <summary>
/// A program file next to the content file, in one of the code languages (by its extension): the
/// engine reads, highlights, runs and verifies it, so its place on the page is the code runner's.
/// </summary>
public sealed record CodeField(string Key, string Help) : Field(Key, Help, "path of a program file");

/// <summary>
/// A practice file of a coding question (the starter or the tests, by <paramref name="Role"/>): a program
/// file beside the content file whose name is fixed by the question's id (<see cref="CodeLanguage.PracticePath"/>),
/// so it is the same wherever it is found. The engine reads, highlights and verifies it, and shows it in the
/// question's Practice section, so its place on the page is the engine's (<see cref="Placement.None"/>).
/// </summary>
public sealed record PracticeFileField(string Key, string Help, PracticeRole Role) : Field(Key, Help, "path of a program file, named by its rule")
{
    /// <summary>The rule in words, in the default language: <c>&lt;bank&gt;/&lt;id&gt;.starter.go</c>.</summary>
    public string Rule => Languages.Default.PracticePath(Role, "<bank>", "<id>");
}

/// <summary>
/// One of a closed list of <paramref name="Categories"/>, written as its slug and shown by its name (a
/// coding problem's category). Readers filter by it: the question's header links the name to the
/// problems list filtered by it, and /problems/ and search offer it as a filter.
/// </summary>
internal sealed record CategoryField(string Key, string Help, IReadOnlyList<CodingCategory> Categories) : Field(Key, Help, "one of the category slugs below")
{
    /// <summary>Each category by its slug, for the loader.</summary>
    public IReadOnlyDictionary<string, CodingCategory> BySlug { get; } = Categories.ToDictionary(c => c.Slug, StringComparer.Ordinal);
}

/// <summary>Exactly what the program of the <see cref="CodeField"/> prints, as written (line breaks kept).</summary>
public sealed record OutputField(string Key, string Help) : Field(Key, Help, "text (block)");

/// <summary>An absolute http(s) address without credentials, query or fragment.</summary>
internal sealed record UrlField(string Key, string Help) : Field(Key, Help, "absolute http(s) URL");

/// <summary>A path on the site itself, like <c>/play</c>.</summary>
internal sealed record SitePathField(string Key, string Help) : Field(Key, Help, "site path");

/// <summary>A link as the nav takes it: a page of this site, <c>xref:id</c>, or an http(s) or mailto URL.</summary>
internal sealed record LinkField(string Key, string Help) : Field(Key, Help, "link");

/// <summary>A list of mappings, each with <see cref="ItemFields"/> (a bank's questions, a checklist's sections).</summary>
/// <param name="ItemFields">The keys of each item; null when the items' fields depend on something else (a bank's questions, on its kind).</param>
internal sealed record ListField(string Key, string Help, IReadOnlyList<Field>? ItemFields) : Field(Key, Help, "list of mappings")
{
    /// <summary>At least this many items.</summary>
    public int MinItems { get; init; }
}
