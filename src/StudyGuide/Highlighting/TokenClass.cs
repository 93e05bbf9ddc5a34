namespace StudyGuide.Highlighting;

/// <summary>
/// Maps TextMate scopes to a handful of CSS classes. A short fixed palette keeps the
/// stylesheet small and lets light and dark themes each define eight colours.
/// </summary>
internal static class TokenClass
{
    private static readonly (string Prefix, string Class)[] Rules =
    [
        ("comment", "tok-comment"),
        ("string", "tok-string"),
        ("constant.character.escape", "tok-string"),
        ("constant.numeric", "tok-number"),
        ("constant.language", "tok-constant"),
        ("constant", "tok-constant"),
        ("keyword.operator", "tok-operator"),
        ("keyword", "tok-keyword"),
        ("storage.type", "tok-type"),
        ("storage", "tok-keyword"),
        ("entity.name.function", "tok-function"),
        ("support.function", "tok-function"),
        ("entity.name.type", "tok-type"),
        ("support.type", "tok-type"),
        ("entity.name.package", "tok-type"),
    ];

    /// <summary>The class for the most specific scope that has one, or null for plain text.</summary>
    public static string? For(IReadOnlyList<string> scopes)
    {
        for (var i = scopes.Count - 1; i >= 0; i--)
        {
            foreach (var (prefix, cssClass) in Rules)
            {
                if (scopes[i].StartsWith(prefix, StringComparison.Ordinal))
                {
                    return cssClass;
                }
            }
        }
        return null;
    }
}
