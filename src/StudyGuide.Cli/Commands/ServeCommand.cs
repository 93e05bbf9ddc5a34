using System.CommandLine;
using StudyGuide.Cli.Serving;
using StudyGuide.Pipeline;

namespace StudyGuide.Cli.Commands;

/// <summary><c>studyguide serve</c>: builds the site, then serves it on 127.0.0.1 with the Playground proxy.</summary>
public static class ServeCommand
{
    public static Command Create(Reporter reporter)
    {
        var input = CommonOptions.Input();
        var theme = CommonOptions.Theme();
        var output = CommonOptions.Output();
        var noSearch = CommonOptions.NoSearch();
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0 picks a free one)", DefaultValueFactory = _ => 8080 };
        var upstream = new Option<string>("--playground-upstream")
        {
            Description = "Where /play/compile and /play/share are forwarded",
            DefaultValueFactory = _ => SiteServer.OfficialPlayground,
        };
        var command = new Command("serve", "Build the site and serve it on 127.0.0.1 for preview") { input, theme, output, noSearch, port, upstream };
        command.SetAction(async (parse, cancellation) =>
        {
            var options = new BuildOptions(parse.GetValue(input)!, parse.GetValue(theme)!, parse.GetValue(output)!, Search: !parse.GetValue(noSearch));
            var result = reporter.Run("Building", stage => new SiteBuilder().Build(options, stage));
            var code = reporter.Finish(result, $"Built {result.PageCount} pages into {options.OutputPath}", showTimings: false);
            if (code != ExitCodes.Success && !Directory.Exists(options.OutputPath))
            {
                return code;
            }
            await using var server = await SiteServer.StartAsync(new SiteServerOptions(options.OutputPath, parse.GetValue(port), parse.GetValue(upstream)!));
            Console.WriteLine($"Serving {options.OutputPath} at {server.Address}/ (Ctrl+C to stop)");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellation);
            }
            catch (OperationCanceledException)
            {
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
