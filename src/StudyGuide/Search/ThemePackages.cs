using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using StudyGuide.Diagnostics;
using StudyGuide.Processes;

namespace StudyGuide.Search;

/// <summary>
/// The theme's npm packages (<c>theme/package.json</c> + <c>package-lock.json</c>), which bring the
/// Pagefind indexer as a native binary inside <c>@pagefind/&lt;platform&gt;</c>. The build installs
/// them itself with <c>npm ci</c> when they are missing or not the pinned version, so the README's
/// one build command works on a fresh clone; only Node.js with npm has to be on the machine.
/// </summary>
public sealed class ThemePackages(string themeRoot, Func<string, string> displayPath)
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(10);

    private string Root { get; } = Path.GetFullPath(themeRoot);

    private string PackageJson => Path.Combine(Root, "package.json");

    private string Modules => Path.Combine(Root, "node_modules");

    /// <summary>Path of the Pagefind binary, installing the packages first if needed; null (with an error) when that fails.</summary>
    public string? Pagefind(DiagnosticBag diagnostics)
    {
        var location = SourceLocation.StartOf(displayPath(PackageJson));
        var pinned = PinnedPagefindVersion();
        if (pinned is null)
        {
            diagnostics.Error(location, "the theme must pin Pagefind for search: add \"pagefind\" to dependencies (cd theme && npm install --save-exact pagefind@1.6.0), or build with --no-search");
            return null;
        }
        if (InstalledBinary(pinned) is { } ready)
        {
            return ready;
        }

        // Parallel builds (tests, a watch loop) must not run two installs into one node_modules.
        using var installLock = new Mutex(false, "studyguide-npm-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Root)))[..16]);
        try
        {
            installLock.WaitOne();
        }
        catch (AbandonedMutexException)
        {
            // A previous install died midway; npm ci below starts from a clean node_modules anyway.
        }
        try
        {
            if (InstalledBinary(pinned) is { } installedMeanwhile)
            {
                return installedMeanwhile;
            }
            if (!Install(location, diagnostics))
            {
                return null;
            }
            if (InstalledBinary(pinned) is { } installed)
            {
                return installed;
            }
            diagnostics.Error(location, $"npm ci finished but no Pagefind {pinned} binary for {PlatformPackage()} is in {displayPath(Modules)}; this platform may not be supported by Pagefind, build with --no-search");
            return null;
        }
        finally
        {
            installLock.ReleaseMutex();
        }
    }

    private bool Install(SourceLocation location, DiagnosticBag diagnostics)
    {
        var npm = ChildProcess.Find(ChildProcess.SearchPath(), "npm");
        if (npm is null)
        {
            diagnostics.Error(location, "search needs Node.js with npm to install Pagefind (pinned in this file), and npm was not found on PATH; " +
                "install Node.js 20 or newer (Debian: apt-get install nodejs npm), or build without search: studyguide build --no-search");
            return false;
        }
        if (!File.Exists(Path.Combine(Root, "package-lock.json")))
        {
            diagnostics.Error(location, "theme/package-lock.json is missing, so the pinned packages cannot be installed; run 'npm install' in the theme folder and commit the lock file");
            return false;
        }
        var outcome = ChildProcess.RunAsync(npm, ["ci", "--no-audit", "--no-fund"], Root, InstallTimeout).GetAwaiter().GetResult();
        if (!outcome.Succeeded)
        {
            var why = outcome.TimedOut ? $"did not finish within {InstallTimeout.TotalMinutes:F0} minutes" : $"failed (exit code {outcome.ExitCode})";
            diagnostics.Error(location, $"installing the theme's npm packages with 'npm ci' {why}:\n{Tail(outcome.Output)}");
            return false;
        }
        return true;
    }

    private string? PinnedPagefindVersion()
    {
        if (!File.Exists(PackageJson))
        {
            return null;
        }
        using var json = JsonDocument.Parse(File.ReadAllText(PackageJson));
        return json.RootElement.TryGetProperty("dependencies", out var dependencies) && dependencies.TryGetProperty("pagefind", out var version)
            ? version.GetString()
            : null;
    }

    /// <summary>The platform binary, if the installed Pagefind is exactly the pinned version.</summary>
    private string? InstalledBinary(string pinned)
    {
        var manifest = Path.Combine(Modules, "pagefind", "package.json");
        if (!File.Exists(manifest))
        {
            return null;
        }
        using (var json = JsonDocument.Parse(File.ReadAllText(manifest)))
        {
            if (json.RootElement.GetProperty("version").GetString() != pinned)
            {
                return null;
            }
        }
        var bin = Path.Combine(Modules, "@pagefind", PlatformPackage(), "bin");
        var exe = OperatingSystem.IsWindows() ? ".exe" : "";
        return new[] { "pagefind_extended", "pagefind" }.Select(name => Path.Combine(bin, name + exe)).FirstOrDefault(File.Exists);
    }

    /// <summary>npm's name for this machine, as in <c>@pagefind/linux-x64</c>.</summary>
    private static string PlatformPackage()
    {
        var os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsFreeBSD() ? "freebsd" : "linux";
        var cpu = RuntimeInformation.OSArchitecture switch
        {
            Architecture.Arm64 => "arm64",
            _ => "x64",
        };
        return $"{os}-{cpu}";
    }

    /// <summary>The last lines of a tool's output: where the actual error usually is.</summary>
    internal static string Tail(string output, int lines = 20) =>
        string.Join('\n', output.TrimEnd().Split('\n').TakeLast(lines).Select(line => "  " + line.TrimEnd()));
}
