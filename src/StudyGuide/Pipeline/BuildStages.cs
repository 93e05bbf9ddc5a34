namespace StudyGuide.Pipeline;

/// <summary>One stage of the build: its name in progress and <c>--timings</c>, and the namespace its code lives in.</summary>
public sealed record BuildStage(string Name, string Namespace);

/// <summary>
/// The build's stages, declared once, in the order <see cref="SiteBuilder"/> runs them. A stage's code
/// may use the stages before it and never one after it (an architecture test holds the namespaces to
/// that), and every stage may use the <see cref="Foundations"/>, which use no stage.
/// </summary>
public static class BuildStages
{
    public static readonly BuildStage Load = new("load", "StudyGuide.Loading");
    public static readonly BuildStage Parse = new("parse", "StudyGuide.Markdown");
    public static readonly BuildStage Link = new("link", "StudyGuide.Linking");
    public static readonly BuildStage Theme = new("theme", "StudyGuide.Theme");
    public static readonly BuildStage Plan = new("plan", "StudyGuide.Rendering");
    public static readonly BuildStage Render = new("render", "StudyGuide.Rendering");
    public static readonly BuildStage Write = new("write", "StudyGuide.Output");
    public static readonly BuildStage Search = new("search", "StudyGuide.Search");

    /// <summary>In the order they run.</summary>
    public static readonly IReadOnlyList<BuildStage> Order = [Load, Parse, Link, Theme, Plan, Render, Write, Search];

    /// <summary>What every stage builds on: the content model and its declarations, the route table, the code languages, messages, child processes, highlighting, the published headers.</summary>
    public static readonly IReadOnlyList<string> Foundations =
    [
        "StudyGuide.Diagnostics", "StudyGuide.Processes", "StudyGuide.Content", "StudyGuide.ContentTypes", "StudyGuide.Routing",
        "StudyGuide.CodeLanguages", "StudyGuide.Highlighting", "StudyGuide.Publishing",
    ];

    /// <summary>What runs the stages or works beside them (the pipeline, recording share ids): after every stage.</summary>
    public static readonly IReadOnlyList<string> AfterStages = ["StudyGuide.Pipeline", "StudyGuide.Playground"];
}
