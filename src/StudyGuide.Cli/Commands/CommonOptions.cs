using System.CommandLine;

namespace StudyGuide.Cli.Commands;

/// <summary>Options several commands share, created fresh per command (System.CommandLine options belong to one command).</summary>
public static class CommonOptions
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

    public static Option<bool> NoSearch() => new("--no-search")
    {
        Description = "Skip the search index (Pagefind): a faster build whose search box finds nothing",
    };
}
