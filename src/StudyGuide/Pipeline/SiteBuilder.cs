using System.Diagnostics;
using StudyGuide.Content;
using StudyGuide.Diagnostics;
using StudyGuide.Highlighting;
using StudyGuide.Linking;
using StudyGuide.Loading;
using StudyGuide.Markdown;
using StudyGuide.Output;
using StudyGuide.Rendering;
using StudyGuide.Rendering.Views;
using StudyGuide.Search;

namespace StudyGuide.Pipeline;

/// <summary>
/// The build, as a sequence of stages that each take the previous stage's result:
/// load (files → <see cref="ContentSet"/>), parse (Markdown → syntax trees), link (check and
/// resolve every link), render (pages in parallel, straight into a staging folder), write
/// (crawler files, assets), search (Pagefind indexes the staged pages), then the staged site is
/// swapped in. Errors of a stage are collected; the build stops after the first stage that has
/// any, and the previous output stays as it was.
/// </summary>
public sealed class SiteBuilder
{
    private readonly CodeHighlighter _highlighter = new();

    public BuildResult Build(BuildOptions options, Action<string>? progress = null)
    {
        var diagnostics = new DiagnosticBag();
        var timings = new List<StageTiming>();
        var input = new InputFolder(options.InputPath);
        var pageCount = 0;

        T Stage<T>(string name, Func<T> run)
        {
            progress?.Invoke(name);
            var clock = Stopwatch.StartNew();
            var result = run();
            timings.Add(new StageTiming(name, clock.Elapsed));
            return result;
        }
        BuildResult Result() => new(diagnostics.Sorted(), pageCount, timings);

        var content = Stage("load", () => new ContentLoader().Load(input, diagnostics));
        if (content is null)
        {
            return Result();
        }
        if (options.BaseUrl is { } baseUrl)
        {
            content = content with { Site = content.Site with { BaseUrl = baseUrl.TrimEnd('/') } };
        }

        var pipeline = MarkdownPipelineFactory.Create(_highlighter);
        var parsed = Stage("parse", () => ParsedContent.Parse(content, new MarkdownParser(pipeline), diagnostics));
        Stage("link", () =>
        {
            var resolver = new LinkResolver(new LinkTargets(parsed, PagePlanner.GeneratedUrls));
            Parallel.ForEach(ContentMarkdown.All(content), item => resolver.Resolve(item.PageUrl, parsed[item.Source], diagnostics));
            return true;
        });
        if (diagnostics.HasErrors)
        {
            return Result();
        }
        var templates = Stage("theme", () => ThemeTemplates.Load(options.ThemePath, input.DisplayPath, diagnostics));
        if (templates is null)
        {
            return Result();
        }

        var assets = new ThemeAssets(options.ThemePath);
        var site = new SiteView(content.Site.Title, content.Site.Description, content.Site.BaseUrl,
            content.Site.Nav.Select(n => new LinkView(n.Title, n.Link.StartsWith("xref:", StringComparison.Ordinal) ? SiteUrls.Home : n.Link)).ToList(),
            assets.UrlOf("site.css"), assets.UrlOf("site.js"), content.Site.PlaygroundEndpoint);
        var planner = new PagePlanner(parsed, new MarkdownHtmlRenderer(pipeline, _highlighter), PlaygroundLock.Read(input));
        var jobs = planner.Plan().Append(planner.NotFound()).ToList();
        var renderer = new PageRenderer(templates, site);

        using var staging = options.WriteOutput ? new StagingFolder(options.OutputPath) : null;
        var rendered = Stage("render", () => RenderAll(jobs, renderer, staging, diagnostics));
        if (!rendered)
        {
            return Result();
        }
        pageCount = jobs.Count;

        if (staging is not null)
        {
            Stage("write", () =>
            {
                foreach (var (url, bytes) in assets.Files)
                {
                    staging.Write(url.TrimStart('/'), bytes);
                }
                staging.Write("sitemap.xml", CrawlerFiles.Sitemap(content.Site.BaseUrl, jobs.Where(j => j.Page.Kind != "notfound").Select(j => j.Url)));
                staging.Write("robots.txt", CrawlerFiles.Robots(content.Site.BaseUrl));
                return true;
            });
            if (options.Search && !Stage("search", () => BuildSearch(parsed, options.ThemePath, input.DisplayPath, staging, diagnostics)))
            {
                return Result();
            }
            staging.Commit();
        }
        return Result();
    }

    private static bool BuildSearch(ParsedContent parsed, string themePath, Func<string, string> displayPath, StagingFolder staging, DiagnosticBag diagnostics)
    {
        foreach (var (path, bytes) in SearchDataFiles.Of(parsed))
        {
            staging.Write(path, bytes);
        }
        return new PagefindIndexer(new ThemePackages(themePath, displayPath)).Index(staging.Root, diagnostics);
    }

    private static bool RenderAll(IReadOnlyList<PageJob> jobs, PageRenderer renderer, StagingFolder? staging, DiagnosticBag diagnostics)
    {
        var failed = 0;
        Parallel.ForEach(jobs, job =>
        {
            try
            {
                var html = renderer.Render(job.Layout, job.Page, job.Model());
                staging?.Write(SiteUrls.FileOf(job.Url), html);
            }
            catch (ThemeException ex)
            {
                Interlocked.Increment(ref failed);
                diagnostics.Error(SourceLocation.StartOf(job.Url), ex.Message);
            }
        });
        return failed == 0;
    }
}
