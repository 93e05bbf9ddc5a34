using StudyGuide.Diagnostics;
using StudyGuide.Processes;
using StudyGuide.Search;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Theme;

/// <summary>
/// The theme's own checks, run by the README's test command: ESLint over its scripts, and
/// <c>node --test</c> (unit tests of the scripts' pure functions, the shared text vectors, the
/// committed bundle being up to date). Both are npm scripts of theme/package.json, so they run
/// the same from a terminal (<c>npm run lint</c>, <c>npm test</c> in theme/).
/// </summary>
public sealed class ThemeScriptTests
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromMinutes(3);

    [Fact]
    public Task ESLint_finds_nothing_in_the_theme_scripts() => AssertNpmScriptPasses("lint");

    [Fact]
    public Task Node_unit_tests_of_the_theme_scripts_pass() => AssertNpmScriptPasses("test");

    private static async Task AssertNpmScriptPasses(string script)
    {
        // On a fresh clone this runs npm ci, as a build with search would, under the same lock.
        var diagnostics = new DiagnosticBag();
        new ThemePackages(RepoPaths.Theme, path => path).Pagefind(diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        Assert.True(Directory.Exists(Path.Combine(RepoPaths.Theme, "node_modules", "eslint")),
            "the theme's npm packages are older than theme/package-lock.json: run 'npm ci' in theme/ (bash .ci/run does)");
        var npm = ChildProcess.Find(ChildProcess.SearchPath(), "npm");
        Assert.True(npm is not null, "npm is not on PATH: the theme's checks need Node.js 20.19 or newer with npm (bash .ci/run installs it on Debian)");
        var result = await ChildProcess.RunAsync(npm, ["run", "--silent", script], RepoPaths.Theme, TimeLimit);
        var outcome = result.TimedOut ? $"did not finish within {TimeLimit.TotalMinutes:F0} minutes" : $"exited with {result.ExitCode}";
        Assert.True(result.Succeeded, $"'npm run {script}' in theme/ {outcome}:\n{result.Output}");
    }
}
