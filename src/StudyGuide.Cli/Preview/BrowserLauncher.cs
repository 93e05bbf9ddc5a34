using System.Diagnostics;

namespace StudyGuide.Cli.Preview;

/// <summary><c>serve --open</c>: opens a URL in the desktop's default browser (xdg-open, open or start, chosen by .NET).</summary>
internal static class BrowserLauncher
{
    /// <summary>Returns null on success, or why the browser could not be opened.</summary>
    public static string? Open(string url)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(url) { UseShellExecute = true });
            return null;
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            return ex.Message;
        }
    }
}
