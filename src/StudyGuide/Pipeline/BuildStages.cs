namespace StudyGuide.Pipeline;

/// <summary>One stage of the build: its name in progress and <c>--timings</c>, and the namespace its code lives in.</summary>
internal sealed record BuildStage(string Name, string Namespace);

/// <summary>
/// The build's stages, declared once, in the order <see cref="SiteBuilder"/> runs them. A stage's code
/// may use the stages before it and never one after it (an architecture test holds the namespaces to
/// that), and every stage may use the <see cref="Foundations"/>, which use no stage.
/// </summary>
internal static class BuildStages
{
    /// <summary>In the order they run (planning and rendering are one stage's two steps).</summary>
    public static readonly IReadOnlyList<BuildStage> Order =
    [
        new("load", "StudyGuide.Loading"), new("parse", "StudyGuide.Markdown"), new("link", "StudyGuide.Linking"), new("theme", "StudyGuide.Theme"),
        new("images", "StudyGuide.Sharing"), new("plan", "StudyGuide.Rendering"), new("render", "StudyGuide.Rendering"), new("write", "StudyGuide.Output"),
        new("search", "StudyGuide.Search"), new("offline", "StudyGuide.Offline"),
    ];

    public static BuildStage Load => Order[0];

    public static BuildStage Parse => Order[1];

    public static BuildStage Link => Order[2];

    public static BuildStage Theme => Order[3];

    /// <summary>The share image and the app icons, drawn with the theme's fonts; page descriptions (<c>Sharing/MetaDescription</c>) live here too.</summary>
    public static BuildStage Images => Order[4];

    public static BuildStage Plan => Order[5];

    public static BuildStage Render => Order[6];

    public static BuildStage Write => Order[7];

    public static BuildStage Search => Order[8];

    /// <summary>The service worker and its file list, which holds the search index: after the search stage.</summary>
    public static BuildStage Offline => Order[9];

    /// <summary>What every stage builds on: the content model and its declarations, the route table, the code languages, messages, child processes, highlighting, the published headers, the files kept between builds.</summary>
    public static readonly IReadOnlyList<string> Foundations =
    [
        "StudyGuide.Diagnostics", "StudyGuide.Processes", "StudyGuide.Content", "StudyGuide.ContentTypes", "StudyGuide.Routing",
        "StudyGuide.CodeLanguages", "StudyGuide.Highlighting", "StudyGuide.Publishing", "StudyGuide.Caching",
    ];

    /// <summary>What runs the stages or works beside them (the pipeline, recording share ids): after every stage.</summary>
    public static readonly IReadOnlyList<string> AfterStages = ["StudyGuide.Pipeline", "StudyGuide.Playground"];
}
