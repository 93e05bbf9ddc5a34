using System.Security;
using System.Text;

namespace StudyGuide.Output;

/// <summary><c>sitemap.xml</c> and <c>robots.txt</c>, from the page URLs in a stable order.</summary>
internal static class CrawlerFiles
{
    public static string Sitemap(string baseUrl, IEnumerable<string> urls)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var url in urls.OrderBy(u => u, StringComparer.Ordinal))
        {
            xml.Append("  <url><loc>").Append(SecurityElement.Escape(baseUrl + url)).Append("</loc></url>\n");
        }
        return xml.Append("</urlset>\n").ToString();
    }

    public static string Robots(string baseUrl) => $"User-agent: *\nAllow: /\n\nSitemap: {baseUrl}/sitemap.xml\n";
}
