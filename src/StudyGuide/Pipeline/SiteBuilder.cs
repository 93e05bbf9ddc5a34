using System.Diagnostics;
using StudyGuide.Content;
using StudyGuide.ContentTypes;
using StudyGuide.Diagnostics;
using StudyGuide.Highlighting;
using StudyGuide.Linking;
using StudyGuide.Loading;
using StudyGuide.Markdown;
using StudyGuide.Offline;
using StudyGuide.Output;
using StudyGuide.Publishing;
using StudyGuide.Rendering;
using StudyGuide.Rendering.Views;
using StudyGuide.Routing;
using StudyGuide.Search;
using StudyGuide.Sharing;
using StudyGuide.Theme;

namespace StudyGuide.Pipeline;

/// <summary>
/// The build, as a sequence of stages that each take the previous stage's result:
/// load (files → <see cref="ContentSet"/>), parse (Markdown → syntax trees), link (check and
/// resolve every link), render (<see cref="RenderStage"/>: pages in parallel, straight into the output), write
/// (crawler files, assets, images, web manifest), search (Pagefind indexes the written pages),
/// offline (the service worker and its file list, <see cref="OfflineStage"/>), then commit. Errors of a
/// stage are collected; the build stops after the first stage that has any, and the previous
/// output stays as it was.
/// A builder holds only its configuration: a build is a function of its inputs, and nothing of
/// one <see cref="Build(BuildOptions, Action{string}?, CancellationToken)"/> outlives it (the
/// preview's state between builds is a <see cref="PreviewSession"/>'s, which runs this same
/// sequence with its <see cref="BuildCaches"/>). With a <paramref name="cache"/> folder,
/// highlighted code is read from it at the start of a build and written back at its end when the
/// build highlighted new code, and the share image and icons are drawn only when what they show
/// changed, so the next process starts warm.
/// Every content and theme file is read through <paramref name="files"/> (by default
/// <see cref="ContentFiles.Default"/>; tests pass one that fails on purpose).
/// </summary>
/// <param name="model">The content types (by default the guide's, <see cref="ContentModel.Default"/>).</param>
public sealed class SiteBuilder(BuildCacheFolder? cache = null, ContentFiles? files = null, ContentModel? model = null)
{
    private readonly ContentFiles _files = files ?? ContentFiles.Default;
    private readonly ContentModel? _model = model;
    private readonly HighlightCacheFile? _highlightCache = cache?.Highlights;
    private readonly BrandImageCacheFile? _imageCache = cache?.Images;

    /// <summary>Builds into a staging folder swapped in on success, or writes nothing when <see cref="BuildOptions.WriteOutput"/> is false.</summary>
    /// <remarks>
    /// When <paramref name="cancellation"/> is cancelled (a time limit), the build stops at the next
    /// stage or file with an <see cref="OperationCanceledException"/>; the staging folder is
    /// removed and the previous output is left as it was.
    /// </remarks>
    public BuildResult Build(BuildOptions options, Action<string>? progress = null, CancellationToken cancellation = default)
    {
        if (!options.WriteOutput)
        {
            return Build(options, output: null, progress, cancellation);
        }
        using var staging = new StagingFolder(options.OutputPath);
        return Build(options, staging, progress, cancellation);
    }

    /// <summary>Builds into <paramref name="output"/> (committed only on success), or renders without writing when it is null.</summary>
    public BuildResult Build(BuildOptions options, ISiteOutput? output, Action<string>? progress = null, CancellationToken cancellation = default) =>
        Run(options, output, caches: null, progress, cancellation);

    /// <summary>
    /// The build itself, for both kinds of caller: a one-off build passes no <paramref name="caches"/>
    /// (it highlights with a highlighter of its own, reads the theme and draws the images afresh,
    /// and parses and renders everything); a <see cref="PreviewSession"/> passes its own, which this
    /// build reads and updates (one build at a time per session).
    /// </summary>
    internal BuildResult Run(BuildOptions options, ISiteOutput? output, BuildCaches? caches, Action<string>? progress, CancellationToken cancellation)
    {
        // Only a build that succeeds is a base for the quick path (a failed one may have been a theme edit).
        caches?.LastGood = null;
        var diagnostics = new DiagnosticBag();
        var timings = new List<StageTiming>();
        var input = new InputFolder(options.InputPath, _files);
        var (pageCount, pagesRendered) = (0, 0);

        T Stage<T>(string name, Func<T> run)
        {
            cancellation.ThrowIfCancellationRequested();
            progress?.Invoke(name);
            var clock = Stopwatch.StartNew();
            var result = run();
            timings.Add(new StageTiming(name, clock.Elapsed));
            return result;
        }
        Task? warming = null;
        ContentSet? content = null;
        BuildResult Result()
        {
            warming?.GetAwaiter().GetResult();
            return new(diagnostics.Sorted(), pageCount, timings) { PagesRendered = pagesRendered, Content = content };
        }

        content = Stage(BuildStages.Load.Name, () => new ContentLoader(_model).Load(input, diagnostics, cancellation));
        if (content is null)
        {
            return Result();
        }
        if (options.BaseUrl is { } baseUrl)
        {
            content = content with { Site = content.Site with { BaseUrl = baseUrl.TrimEnd('/') } };
        }

        var highlighter = caches?.Highlighter ?? new CodeHighlighter();
        if (_highlightCache is not null && caches is not { HighlightCacheRead: true })
        {
            Stage("read cache", () =>
            {
                highlighter.Read(_highlightCache);
                return true;
            });
            caches?.HighlightCacheRead = true;
        }
        var pipeline = MarkdownPipelineFactory.Create(highlighter);
        var parser = new MarkdownParser(pipeline);
        var parsed = Stage(BuildStages.Parse.Name, () => ParsedContent.Parse(content, parser, diagnostics, caches?.Parses));
        var linked = Stage(BuildStages.Link.Name, () => LinkedContent.Link(parsed, Routes.GeneratedPages, diagnostics, cancellation));
        // Read with the content, before the first stage that stops on errors, so its errors come with theirs.
        var shareIds = PlaygroundLock.Read(input, diagnostics);
        if (diagnostics.HasErrors)
        {
            return Result();
        }
        // Nothing highlighted yet (no cache file, or a new generator or grammar version): start on it now.
        if (highlighter.IsEmpty)
        {
            warming = HighlightWarmer.Start(highlighter, parsed);
        }
        var theme = Stage(BuildStages.Theme.Name, () => caches is null
            ? ThemeCache.LoadUncached(_files, options.ThemePath, input.DisplayPath, diagnostics)
            : caches.Theme.Load(_files, options.ThemePath, input.DisplayPath, diagnostics));
        if (theme is null)
        {
            return Result();
        }
        var (templates, assets) = theme.Value;
        var images = Stage(BuildStages.Images.Name, () => (caches?.Images ?? new BrandImages(_imageCache)).Render(content.Site.Title, content.Site.Description, content.Site.BaseUrl, assets.Fonts,
            Path.Combine(options.ThemePath, "assets", ThemeContract.FontFolder), input.DisplayPath, diagnostics));
        if (images is null)
        {
            return Result();
        }

        var site = new SiteView(content.Site.Title, content.Site.Description, content.Site.BaseUrl,
            linked.Nav.Select(n => new LinkView(n.Title, n.Link)).ToList(),
            assets.UrlOf(ThemeContract.Stylesheet), assets.UrlOf(ThemeContract.Script), assets.UrlOf(ThemeContract.Favicon), content.Site.PlaygroundEndpoint,
            assets.UrlOf(ThemeContract.ThemeScript), PagePlanner.Sidebar(content), assets.UrlOf(ThemeContract.ReviewScript), assets.UrlOf(ThemeContract.MockScript))
        {
            EditorUrl = assets.UrlOf(ThemeContract.EditorScript),
            ShareImage = new(content.Site.BaseUrl + images.Share.Url, images.Share.Width, images.Share.Height, BrandImageSet.ShareAlt(content.Site.Title)),
            App = new(WebManifest.Url, images.Icon192.Url, WebManifest.ThemeColor),
        };
        var markdown = new MarkdownHtmlRenderer(pipeline, highlighter);
        var planner = new PagePlanner(linked, markdown, shareIds);
        var jobs = Stage(BuildStages.Plan.Name, () => planner.Plan().Append(planner.NotFound()).ToList());
        var printGuide = planner.PrintGuide();
        caches?.Renders.Begin(templates, site);

        var renderer = new PageRenderer(templates, site);
        var rendered = Stage(BuildStages.Render.Name, () => new RenderStage(renderer, templates, caches?.Renders, output, diagnostics).Run(jobs, printGuide, cancellation));
        if (rendered is null)
        {
            return Result();
        }
        (pageCount, pagesRendered) = (jobs.Count + 1, rendered.Value);

        if (output is not null)
        {
            // Every file but the pages, for the service worker's list.
            var published = new List<PublishedFile>();
            Stage(BuildStages.Write.Name, () =>
            {
                published.AddRange(assets.Files.Select(a => new PublishedFile(a.Url, a.Bytes)));
                published.AddRange(images.All.Select(i => new PublishedFile(i.Url, i.Bytes)));
                published.Add(new PublishedFile(WebManifest.Url, WebManifest.Of(content.Site.Title, content.Site.Description, [images.Icon192, images.Icon512])));
                foreach (var file in published)
                {
                    output.Write(file.Url.TrimStart('/'), file.Bytes);
                }
                output.Write("sitemap.xml", CrawlerFiles.Sitemap(content.Site.BaseUrl, jobs.Append(printGuide).Where(j => j.Url != Routes.NotFound.Url).Select(j => j.Url)));
                output.Write("robots.txt", CrawlerFiles.Robots(content.Site.BaseUrl));
                return true;
            });
            if (options.Search && !Stage(BuildStages.Search.Name, () => BuildSearch(parsed, options.ThemePath, input.DisplayPath, output, published, diagnostics)))
            {
                return Result();
            }
            if (!Stage(BuildStages.Offline.Name, () => OfflineStage.Run(assets.ServiceWorkerScript, published, output,
                input.DisplayPath(Path.Combine(options.ThemePath, "assets", ThemeContract.ServiceWorkerBundle)), diagnostics)))
            {
                return Result();
            }
            // The last moment a time limit can still leave the previous output as it was.
            cancellation.ThrowIfCancellationRequested();
            output.Commit();
            caches?.LastGood = new BuildSnapshot(options, _files, linked, parser, markdown, shareIds, renderer);
        }
        warming?.GetAwaiter().GetResult();
        if (_highlightCache is not null)
        {
            // Last, so the site (and in the preview, the reloaded page) never waits for it.
            Stage("write cache", () =>
            {
                highlighter.Write(_highlightCache);
                return true;
            });
        }
        return Result();
    }

    /// <summary>The search stage: vocabulary data files, then the Pagefind index of the written pages.</summary>
    private static bool BuildSearch(ParsedContent parsed, string themePath, Func<string, string> displayPath, ISiteOutput output, List<PublishedFile> published, DiagnosticBag diagnostics)
    {
        foreach (var (path, bytes) in SearchDataFiles.Of(parsed))
        {
            output.Write(path, bytes);
            published.Add(new PublishedFile("/" + path, bytes));
        }
        // Pagefind reads and writes a folder: outputs that keep the site in memory until commit
        // (the live preview's) get the vocabulary but no index.
        return output.FolderOnDisk is not { } folder || new PagefindIndexer(new ThemePackages(themePath, displayPath)).Index(folder, diagnostics);
    }
}
