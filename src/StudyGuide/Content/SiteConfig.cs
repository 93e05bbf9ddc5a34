namespace StudyGuide.Content;

/// <summary>Settings from <c>input/site.yml</c>.</summary>
/// <param name="Title">Site title, shown in the header and in every page title.</param>
/// <param name="Description">Default meta description.</param>
/// <param name="BaseUrl">Absolute URL the site is published at, without a trailing slash; used for canonical links and the sitemap.</param>
/// <param name="Repository">Repository URL, for "Edit this page" links.</param>
/// <param name="Branch">Branch those links point at.</param>
/// <param name="Nav">Header navigation, in order.</param>
/// <param name="PlaygroundEndpoint">Path prefix of the Go Playground proxy (<c>/play</c> by default).</param>
public sealed record SiteConfig(
    string Title,
    string Description,
    string BaseUrl,
    string Repository,
    string Branch,
    IReadOnlyList<NavItem> Nav,
    string PlaygroundEndpoint);

/// <summary>One header link: a site path (<c>/problems/</c>) or an <c>xref:id</c>.</summary>
public sealed record NavItem(string Title, string Link, Diagnostics.SourceLocation Location);
