using System.CommandLine;
using StudyGuide.Diagnostics;
using StudyGuide.Loading;
using StudyGuide.Playground;

namespace StudyGuide.Cli.Commands;

/// <summary><c>studyguide playground share</c>: records Go Playground share ids for code that has none.</summary>
internal static class PlaygroundCommand
{
    public static Command Create(Reporter reporter)
    {
        var input = CommonOptions.Input();
        var endpoint = new Option<string>("--endpoint")
        {
            Description = "The Playground's share endpoint (POST the code, get the id back as text)",
            DefaultValueFactory = _ => PlaygroundSharer.DefaultEndpoint,
        };
        var share = new Command("share", $"Share every code file whose current code has no recorded id and record the ids in input/{PlaygroundLock.FileName}") { input, endpoint };
        share.SetAction(async (parse, cancellation) =>
        {
            var url = parse.GetValue(endpoint)!;
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                reporter.Error.WriteLine($"studyguide: --endpoint must be an absolute http(s) URL, not '{url}'");
                return ExitCodes.Usage;
            }
            var folder = new InputFolder(parse.GetValue(input)!);
            var diagnostics = new DiagnosticBag();
            var content = new ContentLoader().Load(folder, diagnostics, cancellation);
            if (content is null || diagnostics.HasErrors)
            {
                reporter.Print(diagnostics.Sorted());
                reporter.Error.WriteLine("Fix the content errors first; nothing was shared.");
                return ExitCodes.ContentErrors;
            }

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            http.DefaultRequestHeaders.UserAgent.ParseAdd("studyguide");
            var result = await new PlaygroundSharer(http, uri).ShareAsync(folder, content, cancellation);
            reporter.Print(result.Errors);
            var lockPath = folder.DisplayPath(folder.PathOf(PlaygroundLock.FileName));
            if (result.Shared.Count > 0)
            {
                reporter.Out.WriteLine($"Shared {Files(result.Shared.Count)} with {uri} and recorded the ids in {lockPath}; {result.AlreadyRecorded} already had one.");
            }
            else if (result.Errors.Count == 0)
            {
                reporter.Out.WriteLine($"Nothing to share: all {Files(result.AlreadyRecorded)} already have an id in {lockPath}.");
            }
            if (result.Errors.Count > 0)
            {
                reporter.Error.WriteLine($"{result.Errors.Count} error{(result.Errors.Count == 1 ? "" : "s")}; the ids of the files that were shared are recorded.");
            }
            return result.Errors.Count == 0 ? ExitCodes.Success : ExitCodes.ContentErrors;
        });
        return new Command("playground", "Go Playground tasks") { share };
    }

    private static string Files(int count) => $"{count} code file{(count == 1 ? "" : "s")}";
}
