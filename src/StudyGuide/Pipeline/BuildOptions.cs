namespace StudyGuide.Pipeline;

/// <param name="InputPath">Content folder (holds site.yml).</param>
/// <param name="ThemePath">Theme folder (holds layouts/ and assets/).</param>
/// <param name="OutputPath">Where the site is written; replaced only when the build succeeds.</param>
/// <param name="BaseUrl">Overrides site.yml's base_url, e.g. for a deploy preview.</param>
/// <param name="WriteOutput">False for <c>check</c>: validate and render, write nothing.</param>
/// <param name="Search">Build the search index (Pagefind) and its data files; false for <c>--no-search</c>.</param>
public sealed record BuildOptions(string InputPath, string ThemePath, string OutputPath, string? BaseUrl = null, bool WriteOutput = true, bool Search = true);
