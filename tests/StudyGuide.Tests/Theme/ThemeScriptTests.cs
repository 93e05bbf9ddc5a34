using System.Reflection;
using StudyGuide.Diagnostics;
using StudyGuide.Processes;
using StudyGuide.Routing;
using StudyGuide.Search;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Theme;

/// <summary>
/// The theme's own checks, run by the README's test command: ESLint over its scripts, and
/// <c>node --test</c> (unit tests of the scripts' pure functions, the shared text vectors, the
/// committed bundle being up to date). Both are npm scripts of theme/package.json, so they run
/// the same from a terminal (<c>npm run lint</c>, <c>npm test</c> in theme/). And the scripts take
/// every URL of the route table from <c>assets/js/routes.js</c>, never from a literal of their own.
/// </summary>
public sealed class ThemeScriptTests
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromMinutes(3);

    [Fact]
    public Task ESLint_finds_nothing_in_the_theme_scripts() => AssertNpmScriptPasses("lint");

    [Fact]
    public Task Node_unit_tests_of_the_theme_scripts_pass() => AssertNpmScriptPasses("test");

    /// <summary>
    /// theme/tests/route-literals.js, given the table's URLs, finds each string, template or regular
    /// expression of a script (assets/js/ and theme-init.js, not the bundles) that holds one.
    /// </summary>
    [Fact]
    public async Task No_theme_script_spells_a_url_of_the_route_table()
    {
        var urls = RouteTableUrls();
        Assert.Contains(Routes.Search.Url, urls);
        Assert.Contains("/problems/", urls);
        Assert.Contains(Routes.ServiceWorker, urls);
        var node = ChildProcess.Find(ChildProcess.SearchPath(), "node");
        Assert.True(node is not null, "node is not on PATH: the theme's checks need Node.js 20.19 or newer (bash .ci/run installs it on Debian)");
        EnsurePackages();
        var result = await ChildProcess.RunAsync(node, ["tests/route-literals.js", .. urls], RepoPaths.Theme, TimeLimit);
        Assert.True(result.Succeeded, $"theme scripts spell URLs of the route table (src/StudyGuide/Routing/Routes.cs) instead of reading them through routes.js:\n{result.Output}");
    }

    /// <summary>
    /// Every URL of the route table a script could spell: each route (a family's by the part before
    /// its id, <c>/problems/</c>) and each URL constant or list, read from <see cref="Routes"/> itself.
    /// The home page's <c>/</c> is left out: a lone slash is no sign of a URL (paths, the "/" key).
    /// </summary>
    private static List<string> RouteTableUrls()
    {
        var values = typeof(Routes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => f.GetValue(null)).ToList();
        var routes = values.OfType<Route>().Concat(values.OfType<IEnumerable<Route>>().SelectMany(r => r))
            .Select(r => r.PerContent ? r.Pattern[..r.Pattern.IndexOf("{id}", StringComparison.Ordinal)] : r.Pattern);
        var others = values.OfType<string>().Concat(values.Where(v => v is not string).OfType<IEnumerable<string>>().SelectMany(v => v));
        return routes.Concat(others).Where(url => url != Routes.Home.Url).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    private static async Task AssertNpmScriptPasses(string script)
    {
        EnsurePackages();
        var npm = ChildProcess.Find(ChildProcess.SearchPath(), "npm");
        Assert.True(npm is not null, "npm is not on PATH: the theme's checks need Node.js 20.19 or newer with npm (bash .ci/run installs it on Debian)");
        var result = await ChildProcess.RunAsync(npm, ["run", "--silent", script], RepoPaths.Theme, TimeLimit);
        var outcome = result.TimedOut ? $"did not finish within {TimeLimit.TotalMinutes:F0} minutes" : $"exited with {result.ExitCode}";
        Assert.True(result.Succeeded, $"'npm run {script}' in theme/ {outcome}:\n{result.Output}");
    }

    private static void EnsurePackages()
    {
        // On a fresh clone this runs npm ci, as a build with search would, under the same lock.
        var diagnostics = new DiagnosticBag();
        new ThemePackages(RepoPaths.Theme, path => path).Pagefind(diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        Assert.True(Directory.Exists(Path.Combine(RepoPaths.Theme, "node_modules", "eslint")),
            "the theme's npm packages are older than theme/package-lock.json: run 'npm ci' in theme/ (bash .ci/run does)");
    }
}
