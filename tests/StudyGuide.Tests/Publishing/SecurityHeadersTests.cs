using AngleSharp.Html.Parser;
using StudyGuide.Publishing;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Publishing;

/// <summary>
/// The security headers have one source, <see cref="SecurityHeaders"/>: netlify.toml sends exactly
/// those (this test is what keeps the two equal), every built page's <c>&lt;meta&gt;</c> carries its
/// policy, and the policy itself allows no inline code, no eval and no framing.
/// (<c>serve</c> sending them is tested over HTTP in <see cref="Hostile.PreviewServerTests"/>.)
/// </summary>
public sealed class SecurityHeadersTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private readonly NetlifyConfig _netlify = NetlifyConfig.Load();

    [Fact]
    public void Netlify_sends_exactly_the_declared_headers_on_every_response()
    {
        var declared = SecurityHeaders.All.OrderBy(h => h.Key, StringComparer.Ordinal).ToList();
        var netlify = _netlify.SiteWideHeaders.OrderBy(h => h.Key, StringComparer.Ordinal).ToList();
        // The failure message is the block to paste into netlify.toml.
        var expected = string.Join("\n", SecurityHeaders.All.Select(h => $"    {h.Key} = \"{h.Value}\""));
        Assert.True(declared.SequenceEqual(netlify), $"netlify.toml's [[headers]] for \"/*\" must be, as in src/StudyGuide/Output/SecurityHeaders.cs:\n{expected}");
    }

    [Fact]
    public void No_other_netlify_rule_sets_a_security_header()
    {
        // Netlify combines the values of every rule matching a path: a second CSP would be enforced too.
        var names = SecurityHeaders.All.Select(h => h.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.All(_netlify.Headers.Where(rule => rule.For != "/*"), rule => Assert.DoesNotContain(rule.Values.Keys, names.Contains));
    }

    [Fact]
    public void Every_page_carries_the_declared_policy_and_referrer_policy_in_its_meta()
    {
        var parser = new HtmlParser();
        var pages = Directory.GetFiles(site.OutputPath, "*.html", SearchOption.AllDirectories);
        Assert.NotEmpty(pages);
        Assert.All(pages, file =>
        {
            var page = parser.ParseDocument(File.ReadAllText(file));
            var policy = Assert.Single(page.QuerySelectorAll("meta[http-equiv=Content-Security-Policy]"));
            Assert.Equal(SecurityHeaders.MetaContentSecurityPolicy, policy.GetAttribute("content"));
            Assert.Equal(SecurityHeaders.ReferrerPolicy, page.QuerySelector("meta[name=referrer]")?.GetAttribute("content"));
        });
    }

    /// <summary>A <c>&lt;meta&gt;</c> policy ignores <c>frame-ancestors</c> (and browsers warn about it): it holds only as a header.</summary>
    [Fact]
    public void The_meta_policy_is_the_header_policy_without_frame_ancestors()
    {
        var header = NetlifyConfig.Directives(SecurityHeaders.ContentSecurityPolicy);
        var meta = NetlifyConfig.Directives(SecurityHeaders.MetaContentSecurityPolicy);
        Assert.Equal("'none'", header["frame-ancestors"]);
        Assert.Equal(header.Where(d => d.Key != "frame-ancestors"), meta);
    }

    [Fact]
    public void The_policy_allows_no_inline_code_no_eval_and_no_framing()
    {
        var headers = SecurityHeaders.All.ToDictionary(h => h.Key, h => h.Value);
        Assert.Equal("nosniff", headers["X-Content-Type-Options"]);
        Assert.Equal("strict-origin-when-cross-origin", headers["Referrer-Policy"]);
        Assert.Contains("camera=()", headers["Permissions-Policy"]);
        var policy = NetlifyConfig.Directives(headers["Content-Security-Policy"]);
        Assert.DoesNotContain(policy.Values, sources => sources.Contains("unsafe-inline", StringComparison.Ordinal));
        Assert.DoesNotContain(policy.Values, sources => sources.Contains("'unsafe-eval'", StringComparison.Ordinal));
        Assert.Equal("'self'", policy["connect-src"]); // the Playground proxy and the preview's event stream are same-origin
        Assert.Equal("'none'", policy["object-src"]);
    }
}
