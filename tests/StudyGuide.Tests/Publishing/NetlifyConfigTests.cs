using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StudyGuide.Cli.Commands;
using StudyGuide.Cli.Serving;
using StudyGuide.Routing;
using StudyGuide.Tests.Infrastructure;
using Tomlyn.Model;

namespace StudyGuide.Tests.Publishing;

/// <summary>
/// netlify.toml publishes what the build writes, proxies the Playground like the preview server,
/// caches responses as intended, and its Content-Security-Policy lets the real site load everything
/// it needs: served in Chromium with that header, no page reports a violation. (That its security
/// headers are the declared ones is <see cref="SecurityHeadersTests"/>.)
/// </summary>
public sealed class NetlifyConfigTests(BuiltSite site, Browser browser) : IClassFixture<BuiltSite>, IClassFixture<Browser>
{
    private readonly NetlifyConfig _netlify = NetlifyConfig.Load();

    [Fact]
    public void Publishes_the_builds_default_output_with_the_readme_build_command()
    {
        Assert.Equal(CommonOptions.DefaultOutput, _netlify.Build["publish"]);
        var script = Assert.IsType<string>(_netlify.Build["command"]).Split(' ')[^1];
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, script));
        Assert.Contains("dotnet run --project src/StudyGuide.Cli -- build", text);
        Assert.Contains("dotnet-install.sh", text);
        Assert.Contains("dotnet run --project src/StudyGuide.Cli -- build", File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")));

        var preview = (TomlTable)((TomlTable)_netlify.Model["context"])["deploy-preview"];
        Assert.Contains("--deploy-preview", (string)preview["command"]);
        Assert.Contains("DEPLOY_PRIME_URL", text);
    }

    [Fact]
    public void Proxies_exactly_the_playground_paths_the_preview_server_forwards()
    {
        var proxies = _netlify.Redirects.Where(r => r.ContainsKey("force") && (bool)r["force"]).ToList();
        Assert.Equal(PlaygroundProxy.Paths.Select(p => $"/play/{p}"), proxies.Select(r => (string)r["from"]));
        Assert.All(proxies, rule =>
        {
            Assert.Equal(200L, rule["status"]); // a rewrite (proxy), not a redirect the browser would follow
            Assert.DoesNotContain("*", (string)rule["from"]);
            Assert.Equal(SiteServer.OfficialPlayground + ((string)rule["from"])["/play".Length..], rule["to"]);
        });
        // Netlify serves /404.html for unknown paths by itself; the proxies are the only rewrites.
        Assert.Equal(proxies.Count, _netlify.Redirects.Count());
        Assert.True(File.Exists(site.PathOf("/404.html")));
    }

    /// <summary>Files that keep their names from deploy to deploy, like pages: never cached for long.</summary>
    private static readonly IReadOnlyList<string> UnhashedAppFiles = Routes.UnhashedAppFiles;

    [Fact]
    public void Every_file_has_one_cache_rule_long_for_hashed_assets_and_short_for_pages()
    {
        Assert.All(UnhashedAppFiles, url => Assert.True(File.Exists(site.PathOf(url)), $"{url} is not built"));
        foreach (var file in Directory.GetFiles(site.OutputPath, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(site.OutputPath, file).Replace('\\', '/');
            var url = "/" + Regex.Replace(relative, "(^|/)index\\.html$", "$1");
            var cache = _netlify.HeadersFor(url).Where(h => h.ContainsKey("Cache-Control")).Select(h => h["Cache-Control"]).ToList();
            if (relative.StartsWith("assets/", StringComparison.Ordinal))
            {
                Assert.Matches(@"\.[0-9a-f]{10}\.\w+$", relative); // hashed, so caching forever is safe
                Assert.Equal("public, max-age=31536000, immutable", Assert.Single(cache));
            }
            else if (relative.EndsWith(".html", StringComparison.Ordinal) || UnhashedAppFiles.Contains(url))
            {
                Assert.True(cache.Count == 1, $"{url} matches {cache.Count} Cache-Control rules");
                Assert.Contains("max-age=0", cache[0]);
                Assert.DoesNotContain("immutable", cache[0]);
            }
        }
    }

    [Fact]
    public void Every_section_of_the_route_table_has_its_page_cache_rule()
    {
        // Each section's pages, and the route table's files that keep their names from deploy to deploy.
        var sections = Routes.Pages.Select(r => r.Pattern.Count(c => c == '/') == 1 ? r.Pattern : $"/{r.Section}/*").Concat(Routes.UnhashedAppFiles).Distinct().Order(StringComparer.Ordinal);
        var rules = _netlify.Headers
            .Where(h => h.Values.TryGetValue("Cache-Control", out var value) && value.Contains("max-age=0", StringComparison.Ordinal))
            .Select(h => h.For).Where(f => f != "/pagefind/*").Order(StringComparer.Ordinal);
        Assert.Equal(sections, rules);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/chapters/coding-patterns/")]
    [InlineData("/problems/")]
    [InlineData("/problems/two-sum/")]
    [InlineData("/banks/coding/")]
    [InlineData("/checklists/interview-success/")]
    [InlineData("/topics/")]
    [InlineData("/review/")]
    [InlineData("/mock/?round=coding&ids=two-sum,valid-parentheses")]
    [InlineData("/no-such-page/")]
    public async Task The_site_loads_without_csp_violations_under_the_netlify_headers(string url)
    {
        var violations = await ViolationsAsync(_netlify.SiteWideHeaders, url);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    /// <summary>The check above can fail: a policy that forbids the site's script is reported.</summary>
    [Fact]
    public async Task A_policy_the_site_breaks_is_reported()
    {
        var strict = new Dictionary<string, string> { ["Content-Security-Policy"] = "default-src 'self'; script-src 'none'" };
        Assert.NotEmpty(await ViolationsAsync(strict, "/problems/two-sum/"));
    }

    private async Task<List<string>> ViolationsAsync(IReadOnlyDictionary<string, string> headers, string url)
    {
        // Nothing listens on port 9 (discard): the Run button's request fails fast and stays local.
        await using var server = await SiteServer.StartAsync(new SiteServerOptions(site.OutputPath, Port: 0, PlaygroundUpstream: "http://127.0.0.1:9", ExtraHeaders: headers));
        var (context, page, _) = await browser.NewPageAsync(server.Address);
        await using var _ = context;
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (violations)
                {
                    violations.Add(message.Text);
                }
            }
        };
        await page.ExposeFunctionAsync("reportViolation", (string text) =>
        {
            lock (violations)
            {
                violations.Add(text);
            }
        });
        await page.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', e => window.reportViolation(e.violatedDirective + ' blocked ' + e.blockedURI));");

        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.NetworkIdle });
        // A problem's solution (with Run) opens on request; its Practice section brings the editor,
        // which styles itself inside a shadow root: load it, type, and check.
        var solution = page.Locator("details.solution > summary");
        if (await solution.CountAsync() > 0)
        {
            await solution.First.ClickAsync();
        }
        var run = page.Locator("[data-action=run]");
        if (await run.IsVisibleAsync())
        {
            await run.ClickAsync();
            await page.Locator(".code-runner .run-output").WaitForAsync();
        }
        var editor = page.Locator(".practice .cm-content");
        if (await page.Locator(".practice-workspace").CountAsync() > 0)
        {
            await page.Locator(".practice-workspace").ScrollIntoViewIfNeededAsync();
            await editor.ClickAsync();
            await page.Keyboard.PressAsync("Control+End");
            await page.Keyboard.TypeAsync("\n// typed {");
            await page.GetByRole(AriaRole.Button, new() { Name = "Check", Exact = true }).ClickAsync();
            await page.Locator(".practice .run-output .run-status").WaitForAsync();
        }
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        lock (violations)
        {
            return [.. violations];
        }
    }
}
