using System.CommandLine;
using StudyGuide.Cli.Scaffolding;
using StudyGuide.Diagnostics;

namespace StudyGuide.Cli.Commands;

/// <summary>
/// <c>studyguide new problem|chapter|checklist</c>: starts a piece of content with every field
/// present and commented, then says what to edit next. Refusals (a taken id, an id that is not
/// a slug, an unknown bank) exit 1 like content errors; a malformed command line exits 2.
/// </summary>
internal static class NewCommand
{
    public static Command Create(Reporter reporter)
    {
        var command = new Command("new", "Start a new problem, chapter or checklist from a commented template");
        command.Subcommands.Add(Problem(reporter));
        command.Subcommands.Add(Single(reporter, "chapter", "Create input/chapters/<id>.md", ChapterScaffold.Create));
        command.Subcommands.Add(Single(reporter, "checklist", "Create input/checklists/<id>.yml", ChecklistScaffold.Create));
        return command;
    }

    private static Command Problem(Reporter reporter)
    {
        var input = CommonOptions.Input();
        var bank = new Argument<string>("bank") { Description = "Id of the bank to add to, like 'coding' (input/banks/<bank>.yml)" };
        var id = IdArgument();
        var command = new Command("problem", "Add a question to input/banks/<bank>.yml (and its Go program for coding and concept banks)") { bank, id, input };
        command.SetAction(parse => Run(reporter, parse.GetValue(input)!, content => QuestionScaffold.Create(content, parse.GetValue(bank)!, parse.GetValue(id)!)));
        return command;
    }

    private static Command Single(Reporter reporter, string name, string description, Func<ExistingContent, string, Scaffold> create)
    {
        var input = CommonOptions.Input();
        var id = IdArgument();
        var command = new Command(name, description) { id, input };
        command.SetAction(parse => Run(reporter, parse.GetValue(input)!, content => create(content, parse.GetValue(id)!)));
        return command;
    }

    private static Argument<string> IdArgument() => new("id")
    {
        Description = "The new id: lowercase letters, digits and single hyphens, unique across the site",
    };

    private static int Run(Reporter reporter, string inputPath, Func<ExistingContent, Scaffold> create)
    {
        if (!Directory.Exists(inputPath))
        {
            reporter.Error.WriteLine($"studyguide: --input folder '{inputPath}' not found");
            return ExitCodes.Usage;
        }
        try
        {
            create(ExistingContent.Load(inputPath)).Print(reporter.Out);
            return ExitCodes.Success;
        }
        catch (ScaffoldException ex)
        {
            foreach (var cause in ex.Causes)
            {
                reporter.Error.WriteLine(cause.ToString());
            }
            reporter.Error.WriteLine($"studyguide: {SafeText.Escape(ex.Message)}");
            return ExitCodes.ContentErrors;
        }
    }
}
