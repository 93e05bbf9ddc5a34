using System.CommandLine;

namespace StudyGuide.Cli.Commands;

/// <summary>Options several commands share, created fresh per command (System.CommandLine options belong to one command).</summary>
internal static class CommonOptions
{
    /// <summary>Where <c>build</c> writes by default; netlify.toml publishes this folder.</summary>
    public const string DefaultOutput = "_site";

    public static Option<string> Input() => new("--input")
    {
        Description = "Content folder, the one that holds site.yml",
        DefaultValueFactory = _ => "input",
    };

    public static Option<string> Theme() => new("--theme")
    {
        Description = "Theme folder with layouts/ and assets/",
        DefaultValueFactory = _ => "theme",
    };

    public static Option<string> Output() => new("--output")
    {
        Description = "Output folder; replaced only when the build succeeds",
        DefaultValueFactory = _ => DefaultOutput,
    };

    public static Option<bool> Timings() => new("--timings")
    {
        Description = "Print how long each stage took",
    };

    public static Option<bool> NoCache() => new("--no-cache")
    {
        Description = "Do not read or write the build cache of highlighted code and drawn images (obj/studyguide/ beside the output folder)",
    };

    /// <summary>
    /// Prints why the output folder of <paramref name="options"/> must not be replaced (the input or
    /// theme folder, the working directory or a folder holding one of them, a file, a folder of
    /// someone else's files), and returns true then; see <see cref="StudyGuide.Output.OutputFolder"/>.
    /// </summary>
    public static bool OutputRefused(Pipeline.BuildOptions options, TextWriter error)
    {
        var refusal = StudyGuide.Output.OutputFolder.Refusal(options.OutputPath,
            [("the input folder", options.InputPath), ("the theme folder", options.ThemePath), ("the working directory", Environment.CurrentDirectory)]);
        if (refusal is not null)
        {
            error.WriteLine($"studyguide: error: --output '{TerminalText.Escape(options.OutputPath)}' {refusal}");
        }
        return refusal is not null;
    }

    public static Option<bool> NoSearch() => new("--no-search")
    {
        Description = "Skip the search index (Pagefind): a faster build whose search box finds nothing",
    };
}
