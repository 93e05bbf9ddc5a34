using System.CommandLine;
using StudyGuide.Cli.Preview;
using StudyGuide.Cli.Serving;

namespace StudyGuide.Cli.Commands;

/// <summary>
/// <c>studyguide serve</c>: the live preview. Builds the site, serves it on 127.0.0.1 with the
/// Playground proxy, rebuilds on every save under the input and theme folders, and reloads
/// open pages (or shows the errors on them).
/// </summary>
internal static class ServeCommand
{
    public static Command Create(Reporter reporter)
    {
        var input = CommonOptions.Input();
        var theme = CommonOptions.Theme();
        var output = CommonOptions.Output();
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0 picks a free one)", DefaultValueFactory = _ => 8080 };
        var open = new Option<bool>("--open") { Description = "Open the site in the default browser" };
        var upstream = new Option<string>("--playground-upstream")
        {
            Description = "Where /play/compile and /play/share are forwarded",
            DefaultValueFactory = _ => SiteServer.OfficialPlayground,
        };
        var noSearch = new Option<bool>("--no-search") { Description = "Build no search index (by default it is rebuilt in the background after each save)" };
        var command = new Command("serve", "Build the site, serve it on 127.0.0.1, and rebuild and reload pages on every save") { input, theme, output, port, open, upstream, noSearch };
        command.SetAction(async (parse, cancellation) =>
        {
            var options = new PreviewOptions(parse.GetValue(input)!, parse.GetValue(theme)!, parse.GetValue(output)!, parse.GetValue(port), parse.GetValue(upstream)!, Search: !parse.GetValue(noSearch));
            foreach (var (name, folder) in new[] { ("--input", options.InputPath), ("--theme", options.ThemePath) })
            {
                if (!Directory.Exists(folder))
                {
                    reporter.Error.WriteLine($"studyguide: {name} folder '{folder}' not found");
                    return ExitCodes.Usage;
                }
            }

            if (CommonOptions.OutputRefused(new Pipeline.BuildOptions(options.InputPath, options.ThemePath, options.OutputPath), reporter.Error))
            {
                return ExitCodes.Usage;
            }

            LivePreview preview;
            try
            {
                preview = await LivePreview.StartAsync(options, reporter.Out);
            }
            catch (IOException ex)
            {
                reporter.Error.WriteLine($"studyguide: cannot listen on 127.0.0.1:{options.Port} ({ex.Message}); pass --port with a free port, or --port 0");
                return ExitCodes.Usage;
            }
            await using (preview)
            {
                var url = preview.Address + "/";
                reporter.Out.WriteLine($"Serving {options.OutputPath} at {url}; watching {options.InputPath} and {options.ThemePath} (Ctrl+C to stop)");
                if (parse.GetValue(open) && BrowserLauncher.Open(url) is { } problem)
                {
                    reporter.Out.WriteLine($"Could not open a browser ({problem}); open {url} yourself.");
                }
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation, preview.Stopping);
                try
                {
                    await Task.Delay(Timeout.Infinite, stop.Token);
                }
                catch (OperationCanceledException)
                {
                }
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
