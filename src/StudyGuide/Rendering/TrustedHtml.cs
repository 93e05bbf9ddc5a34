namespace StudyGuide.Rendering;

/// <summary>
/// HTML the generator produced itself (rendered Markdown, highlighted code, partials).
/// Templates print it as is; every other value they print is escaped. Wrapping is the only
/// way to opt out of escaping, so it is easy to audit.
/// </summary>
internal sealed class TrustedHtml(string html)
{
    public string Html { get; } = html;

    public override string ToString() => Html;
}
