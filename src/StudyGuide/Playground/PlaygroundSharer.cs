using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using StudyGuide.CodeLanguages;
using StudyGuide.Content;
using StudyGuide.Diagnostics;
using StudyGuide.Loading;

namespace StudyGuide.Playground;

/// <summary>
/// Records Go Playground share ids for the code files, so question pages can link to a shared copy
/// without JavaScript. The Playground's share endpoint takes the raw code as the POST body and
/// answers with the id as plain text (golang/playground share.go, <c>handleShare</c>). Only code
/// whose hash has no id yet is posted, one file at a time (it is a free public service), and the
/// ids are written to <see cref="PlaygroundLock"/> even when some files fail, so progress is kept.
/// </summary>
public sealed partial class PlaygroundSharer(HttpClient http, Uri endpoint)
{
    /// <summary>The share endpoint of the language new programs are written in.</summary>
    public static string DefaultEndpoint => Languages.Default.ShareEndpoint;

    public async Task<ShareResult> ShareAsync(InputFolder input, ContentSet content, CancellationToken cancellation = default)
    {
        var lockErrors = new DiagnosticBag();
        var ids = new Dictionary<string, string>(PlaygroundLock.Read(input, lockErrors), StringComparer.Ordinal);
        if (lockErrors.HasErrors)
        {
            // Sharing now would write a lock without the ids the unreadable one holds.
            return new ShareResult([], 0, lockErrors.Sorted());
        }
        var samples = content.CodeSamples.DistinctBy(s => CodeHash.Of(s.Code)).ToList();
        var pending = samples.Where(s => !ids.ContainsKey(CodeHash.Of(s.Code))).ToList();
        var shared = new List<(string, string)>();
        var errors = new List<Diagnostic>();

        foreach (var sample in pending)
        {
            var location = SourceLocation.StartOf(input.DisplayPath(input.FromRepositoryPath(sample.SourcePath)));
            var (id, error) = await ShareOneAsync(sample.Code, cancellation);
            if (id is not null)
            {
                ids[CodeHash.Of(sample.Code)] = id;
                shared.Add((location.File, id));
                continue;
            }
            errors.Add(Diagnostic.Error(location, error!));
            if (error!.StartsWith("could not reach", StringComparison.Ordinal))
            {
                break; // the next files would fail the same way
            }
        }
        if (shared.Count > 0)
        {
            PlaygroundLock.Write(input, ids);
        }
        return new ShareResult(shared, samples.Count - pending.Count, errors);
    }

    private async Task<(string? Id, string? Error)> ShareOneAsync(string code, CancellationToken cancellation)
    {
        using var body = new ByteArrayContent(Encoding.UTF8.GetBytes(code));
        body.Headers.ContentType = new MediaTypeHeaderValue("text/plain") { CharSet = "utf-8" };
        try
        {
            using var response = await http.PostAsync(endpoint, body, cancellation);
            var text = (await response.Content.ReadAsStringAsync(cancellation)).Trim();
            if (!response.IsSuccessStatusCode)
            {
                return (null, $"the share endpoint {endpoint} answered HTTP {(int)response.StatusCode}: {FirstLine(text)}");
            }
            return ShareId().IsMatch(text)
                ? (text, null)
                : (null, $"the share endpoint {endpoint} answered with something that is not a share id: \"{FirstLine(text)}\"");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellation.IsCancellationRequested)
        {
            return (null, $"could not reach the share endpoint {endpoint}: {ex.Message}");
        }
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n')[0].Trim();
        return line.Length > 100 ? line[..100] + "…" : line;
    }

    // Ids are URL-safe base64 (share.go, snippet.ID); anything else would corrupt the lock file or the links.
    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex ShareId();
}
