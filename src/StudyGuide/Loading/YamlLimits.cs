namespace StudyGuide.Loading;

/// <summary>
/// Bounds on what one YAML file (site.yml, a bank, a checklist, front matter) may ask of the
/// loader. Content comes from pull requests, so these keep a hostile file from hanging or
/// crashing the build; real content stays far below every one of them. Listed in docs/reliability.md.
/// </summary>
internal static class YamlLimits
{
    /// <summary>
    /// Lists and mappings inside each other. The content model needs 5 (checklist → sections →
    /// section → items → item); YamlDotNet builds nodes recursively, so deep nesting would
    /// overflow the stack and end the process.
    /// </summary>
    public const int MaxDepth = 64;

    /// <summary>Anchors (<c>&amp;name</c>) per file.</summary>
    public const int MaxAnchors = 100;

    /// <summary>Aliases (<c>*name</c>) per file.</summary>
    public const int MaxAliases = 100;

    /// <summary>
    /// Aliases repeat what their anchor names, and aliases of lists of aliases multiply ("billion
    /// laughs"): everything aliases repeat, counted in characters of scalars plus one per node,
    /// may be at most the file's own length, or this many characters for a smaller file.
    /// </summary>
    public const int MinAliasBudget = 64 * 1024;
}
