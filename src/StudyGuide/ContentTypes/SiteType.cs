namespace StudyGuide.ContentTypes;

/// <summary><c>input/site.yml</c>: the site's settings and navigation.</summary>
internal static class SiteType
{
    public static FileType File => new("site", "StudyGuide site settings (input/site.yml)",
        "Site-wide settings. The build checks the same rules; docs/content-model.md describes them.",
        [Title, Description, BaseUrl, Repository, Branch, Nav, Playground]);

    public static readonly TextField Title = new("title", "The site's name, shown in the header and at the end of every page title.");
    public static readonly TextField Description = new("description", "One-line pitch: the home page's meta description and the default for pages without one.");
    public static readonly UrlField BaseUrl = new("base_url", "Absolute URL the site is published at, like https://example.org; used for canonical links and the sitemap (build --base-url overrides it).");
    public static readonly SitePathField Playground = new("playground", "Path prefix of the code runner's proxy (<prefix>/compile and <prefix>/share); /play unless you changed netlify.toml. Must be on this site.") { Required = false };
    public static readonly UrlField Repository = new("repository", "Repository URL; \"Edit this page\" links point into it.");
    public static readonly TextField Branch = new("branch", "The branch \"Edit this page\" links open, usually the default branch.");

    public static readonly TextField NavTitle = new("title", "The link's text.");
    public static readonly LinkField NavLink = new("link", "A path of a page of this site such as /problems/, xref:id[#anchor], or an http(s) or mailto URL; checked like Markdown links.");
    public static readonly ListField Nav = new("nav", "Header navigation, in this order.", [NavTitle, NavLink]) { Required = false };
}
