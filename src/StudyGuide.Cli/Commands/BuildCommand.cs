using System.CommandLine;
using StudyGuide.Loading;
using StudyGuide.Pipeline;
using StudyGuide.Routing;

namespace StudyGuide.Cli.Commands;

/// <summary><c>studyguide build</c>: validates the content and writes the site.</summary>
internal static class BuildCommand
{
    public static Command Create(Reporter reporter, ContentFiles files)
    {
        var input = CommonOptions.Input();
        var theme = CommonOptions.Theme();
        var output = CommonOptions.Output();
        var timings = CommonOptions.Timings();
        var noSearch = CommonOptions.NoSearch();
        var noCache = CommonOptions.NoCache();
        var baseUrl = new Option<string?>("--base-url") { Description = "Absolute URL the site is served at; overrides site.yml (for deploy previews)" };
        var timeout = TimeLimit.Option();
        var command = new Command("build", "Build the site from the content folder into the output folder") { input, theme, output, baseUrl, noSearch, noCache, timings, timeout };
        command.SetAction(parse =>
        {
            var url = parse.GetValue(baseUrl);
            if (url is not null && LinkSchemes.SiteAddressProblem(url) is { } problem)
            {
                reporter.Error.WriteLine($"studyguide: --base-url {problem}");
                return ExitCodes.Usage;
            }
            var options = new BuildOptions(parse.GetValue(input)!, parse.GetValue(theme)!, parse.GetValue(output)!, url, Search: !parse.GetValue(noSearch));
            if (CommonOptions.OutputRefused(options, reporter.Error))
            {
                return ExitCodes.Usage;
            }
            using var limit = TimeLimit.From(parse.GetValue(timeout), reporter.Error);
            if (limit is null)
            {
                return ExitCodes.Usage;
            }
            var cache = parse.GetValue(noCache) ? null : BuildCacheFolder.Beside(options.OutputPath);
            try
            {
                var result = reporter.Run("Building", stage => new SiteBuilder(cache, files: files).Build(options, stage, limit.Token));
                return reporter.Finish(result, $"Built {result.PageCount} pages into {options.OutputPath}", parse.GetValue(timings));
            }
            catch (Exception ex) when (limit.Stopped(ex))
            {
                return limit.Report("build");
            }
        });
        return command;
    }
}
