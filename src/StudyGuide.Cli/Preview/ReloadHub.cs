using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Channels;
using StudyGuide.Diagnostics;

namespace StudyGuide.Cli.Preview;

/// <summary>A content error as the browser overlay shows it: the same safe text as the terminal (<see cref="SafeText"/>).</summary>
internal sealed record PreviewError(string File, int Line, int Column, string Message)
{
    public static PreviewError From(Diagnostic diagnostic) =>
        new(SafeText.Escape(diagnostic.Location.File), diagnostic.Location.Line, diagnostic.Location.Column, diagnostic.Message);
}

/// <summary>
/// One server-sent event for the pages. <c>state</c> is sent when a page connects; <c>built</c>
/// after a successful build, with the files it changed; <c>failed</c> after a failed one.
/// <see cref="Version"/> names the last successful build that changed something; a page
/// compares it with the version it was served with to learn that it is out of date.
/// </summary>
internal sealed record ReloadMessage(string Type, string Version, IReadOnlyList<string> Changed, IReadOnlyList<PreviewError> Errors);

/// <summary>
/// The live-reload state of a preview session and the pages listening to it. Each open page
/// holds an event stream (<see cref="Subscribe"/>); builds publish to all of them. A page
/// that connects while the build is broken gets the errors at once, so a reload never hides
/// the overlay. Thread-safe: builds publish from the watcher loop, pages connect from Kestrel.
/// </summary>
internal sealed class ReloadHub
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>Distinguishes this server process, so a page from an earlier run reloads instead of matching build numbers by chance.</summary>
    private readonly string _session = Guid.NewGuid().ToString("N")[..8];
    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _listeners = [];
    private int _build;
    private IReadOnlyList<PreviewError> _errors = [];

    public string Version
    {
        get
        {
            lock (_gate)
            {
                return $"{_session}.{_build}";
            }
        }
    }

    /// <summary>The script tag added to every served HTML page: it carries the version and file the page was served as.</summary>
    public string ScriptTag(string servedFile) =>
        $"<script src=\"{LiveReloadEndpoints.ScriptPath}\" data-version=\"{WebUtility.HtmlEncode(Version)}\" data-page=\"{WebUtility.HtmlEncode(servedFile)}\" defer></script>\n";

    public void Succeeded(IReadOnlyList<string> changed)
    {
        lock (_gate)
        {
            if (changed.Count > 0)
            {
                _build++;
            }
            _errors = [];
            Broadcast(new ReloadMessage("built", $"{_session}.{_build}", changed, []));
        }
    }

    public void Failed(IReadOnlyList<PreviewError> errors)
    {
        lock (_gate)
        {
            _errors = errors;
            Broadcast(new ReloadMessage("failed", $"{_session}.{_build}", [], errors));
        }
    }

    /// <summary>A stream of events (already formatted for <c>text/event-stream</c>), starting with the current state.</summary>
    public Subscription Subscribe()
    {
        var channel = Channel.CreateUnbounded<string>();
        lock (_gate)
        {
            channel.Writer.TryWrite(Format(new ReloadMessage("state", $"{_session}.{_build}", [], _errors)));
            _listeners.Add(channel);
        }
        return new Subscription(this, channel);
    }

    private void Broadcast(ReloadMessage message)
    {
        var text = Format(message);
        foreach (var listener in _listeners)
        {
            listener.Writer.TryWrite(text);
        }
    }

    private static string Format(ReloadMessage message) => $"data: {JsonSerializer.Serialize(message, Json)}\n\n";

    private void Unsubscribe(Channel<string> channel)
    {
        lock (_gate)
        {
            _listeners.Remove(channel);
        }
        channel.Writer.TryComplete();
    }

    public sealed class Subscription(ReloadHub hub, Channel<string> channel) : IDisposable
    {
        public ChannelReader<string> Events => channel.Reader;

        public void Dispose() => hub.Unsubscribe(channel);
    }
}
