using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Search;

/// <summary>
/// The search stage on the small sample content: skipping it, installing the theme's npm packages
/// when they are missing, and failing cleanly (no npm; Pagefind failing) without touching the last good site.
/// </summary>
public sealed class SearchStageTests : SampleContentTest
{
    /// <summary>The repository's theme without node_modules, as on a fresh clone.</summary>
    private string FreshTheme()
    {
        var theme = Temp.Combine("theme");
        TempFolder.CopyTheme(theme);
        File.Copy(Path.Combine(RepoPaths.Theme, "package.json"), Path.Combine(theme, "package.json"));
        File.Copy(Path.Combine(RepoPaths.Theme, "package-lock.json"), Path.Combine(theme, "package-lock.json"));
        return theme;
    }

    [Fact]
    public void Without_search_the_site_has_no_index_but_still_its_search_page()
    {
        var result = Builds.Run(Content.Root, Content.OutputPath, search: false);
        Assert.True(result.Succeeded, string.Join("\n", Builds.Errors(result)));
        Assert.DoesNotContain(result.Timings, t => t.Stage == "search");
        Assert.False(Directory.Exists(Path.Combine(Content.OutputPath, "pagefind")));
        Assert.False(File.Exists(Path.Combine(Content.OutputPath, "search", "vocabulary.json")));
        Assert.True(File.Exists(Path.Combine(Content.OutputPath, "search", "index.html")));
    }

    [Fact]
    public void A_fresh_theme_gets_its_npm_packages_installed_by_the_build()
    {
        var theme = FreshTheme();
        var result = Builds.Run(Content.Root, Content.OutputPath, search: true, theme: theme);
        Assert.True(result.Succeeded, string.Join("\n", Builds.Errors(result)));
        Assert.True(File.Exists(Path.Combine(theme, "node_modules", "pagefind", "package.json")));
        Assert.True(File.Exists(Path.Combine(Content.OutputPath, "pagefind", "pagefind.js")));
    }

    [Fact]
    [SupportedOSPlatform("linux")] // the stand-in binary is a shell script
    public void A_failing_indexer_is_reported_and_leaves_the_previous_site_untouched()
    {
        var theme = FreshTheme();
        Assert.True(Builds.Run(Content.Root, Content.OutputPath, search: false).Succeeded);
        var before = FolderSnapshot.Of(Content.OutputPath);

        // An "installed" Pagefind whose binary fails, as a corrupt install or a crash would.
        var package = Path.Combine(theme, "node_modules", "pagefind");
        Directory.CreateDirectory(package);
        File.WriteAllText(Path.Combine(package, "package.json"), """{ "name": "pagefind", "version": "1.6.0" }""");
        var bin = Path.Combine(theme, "node_modules", "@pagefind", $"linux-{(RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "arm64" : "x64")}", "bin");
        Directory.CreateDirectory(bin);
        var binary = Path.Combine(bin, "pagefind_extended");
        File.WriteAllText(binary, "#!/bin/sh\necho 'index went wrong' >&2\nexit 3\n");
        File.SetUnixFileMode(binary, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var result = Builds.Run(Content.Root, Content.OutputPath, search: true, theme: theme);

        Assert.False(result.Succeeded);
        var error = Assert.Single(Builds.Errors(result));
        Assert.Contains("building the search index with Pagefind failed (exit code 3)", error);
        Assert.Contains("index went wrong", error);
        var after = FolderSnapshot.Of(Content.OutputPath);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(after[pair.Key]), pair.Key));
        Assert.DoesNotContain(Directory.GetDirectories(Path.GetDirectoryName(Content.OutputPath)!), d => d.Contains(".staging-"));
    }

    [Fact]
    public async Task Without_node_the_build_command_says_what_to_install_and_exits_1_without_a_stack_trace()
    {
        var theme = FreshTheme();
        var cli = Path.Combine(AppContext.BaseDirectory, "StudyGuide.Cli.dll");
        var dotnet = Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { cli, "build", "--input", Content.Root, "--theme", theme, "--output", Content.OutputPath })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["PATH"] = Temp.Combine("empty-path"); // no node, no npm
        start.Environment["CI"] = "true";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("package.json:1:1: error: search needs Node.js with npm to install Pagefind", error);
        Assert.Contains("--no-search", error);
        Assert.DoesNotContain("   at ", error + await output);
        Assert.False(Directory.Exists(Content.OutputPath));
    }
}
