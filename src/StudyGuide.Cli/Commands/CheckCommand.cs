using System.CommandLine;
using StudyGuide.Pipeline;

namespace StudyGuide.Cli.Commands;

/// <summary><c>studyguide check</c>: everything <c>build</c> validates, without writing anything.</summary>
public static class CheckCommand
{
    public static Command Create(Reporter reporter)
    {
        var input = CommonOptions.Input();
        var theme = CommonOptions.Theme();
        var timings = CommonOptions.Timings();
        var command = new Command("check", "Validate the content (and render every page in memory) without writing output") { input, theme, timings };
        command.SetAction(parse =>
        {
            var options = new BuildOptions(parse.GetValue(input)!, parse.GetValue(theme)!, OutputPath: "", WriteOutput: false);
            var result = reporter.Run("Checking", stage => new SiteBuilder().Build(options, stage));
            return reporter.Finish(result, $"Checked {result.PageCount} pages: no errors", parse.GetValue(timings));
        });
        return command;
    }
}
