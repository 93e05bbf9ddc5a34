using System.Collections.Concurrent;
using StudyGuide.Content;
using StudyGuide.ContentTypes;
using StudyGuide.Diagnostics;

namespace StudyGuide.Loading;

/// <summary>
/// Load stage: reads every file of <c>input/</c> into an immutable <see cref="ContentSet"/>
/// and checks what spans files (site-wide unique ids, related questions that exist).
/// Files are independent, so they are read in parallel and then put back in name order.
/// </summary>
/// <param name="model">The content types to load (by default the guide's).</param>
public sealed class ContentLoader(ContentModel? model = null)
{
    private readonly ContentModel _model = model ?? ContentModel.Default;

    /// <summary>Names of site sections, which no content id may take.</summary>
    public static readonly IReadOnlyList<string> ReservedIds = ["problems", "chapters", "banks", "checklists", "topics", "search", "print", "assets"];

    private readonly SiteConfigLoader _siteLoader = new();
    private readonly ChapterLoader _chapterLoader = new();
    private readonly QuestionBankLoader _bankLoader = new(model ?? ContentModel.Default);
    private readonly ChecklistLoader _checklistLoader = new();

    /// <summary>Loads every file; a cancelled <paramref name="cancellation"/> (a build's time limit) stops it between files with an <see cref="OperationCanceledException"/>.</summary>
    public ContentSet? Load(InputFolder input, DiagnosticBag diagnostics, CancellationToken cancellation = default)
    {
        if (!Directory.Exists(input.Root))
        {
            diagnostics.Error(SourceLocation.StartOf(input.DisplayPath(input.Root)), "input folder not found; pass --input with the folder that holds site.yml");
            return null;
        }

        var site = _siteLoader.Load(input, diagnostics);
        var home = _chapterLoader.LoadHome(input, diagnostics);
        // Files that could not be loaded (their errors are reported): the ids they hold are unknown.
        var unreadable = new ConcurrentBag<string>();
        List<T> LoadAll<T>(IReadOnlyList<string> paths, Func<string, T?> load) where T : class
        {
            var results = new T?[paths.Count];
            Parallel.For(0, paths.Count, new ParallelOptions { CancellationToken = cancellation }, i => results[i] = load(paths[i]));
            foreach (var i in Enumerable.Range(0, paths.Count).Where(i => results[i] is null))
            {
                unreadable.Add(paths[i]);
            }
            return results.OfType<T>().ToList();
        }

        // Banks load beside the chapters, not after them: a bank is one file, and the YAML parse
        // of a large one is a single thread's work that would otherwise leave the other cores idle.
        var banksLoading = Task.Run(() => LoadAll(YamlFiles(input, "banks", diagnostics), p => _bankLoader.Load(input, p, diagnostics)));
        var chapters = LoadAll(input.List("chapters", ".md"), p => _chapterLoader.Load(input, p, diagnostics))
            .OrderBy(c => c.Order).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        var checklists = LoadAll(YamlFiles(input, "checklists", diagnostics), p => _checklistLoader.Load(input, p, diagnostics))
            .OrderBy(c => c.Order).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        var banks = banksLoading.GetAwaiter().GetResult();

        var content = site is null ? null : new ContentSet(site, home, chapters, banks, checklists) { HasUnreadableFiles = !unreadable.IsEmpty, Model = _model };
        if (content is not null)
        {
            CheckIds(content, diagnostics);
            // Questions live in bank files only: an unreadable chapter or checklist cannot hide one.
            var banksFolder = input.PathOf("banks");
            CheckRelated(content, diagnostics, questionsIncomplete: unreadable.Any(p => Path.GetDirectoryName(p) == banksFolder));
        }
        // Returned even with errors: the parse and link stages still run, so one build reports
        // every problem; the builder stops before rendering.
        return content;
    }

    /// <summary>
    /// The <c>.yml</c> and <c>.yaml</c> files of <paramref name="folder"/>. One name with both
    /// extensions is an error at the second file, and only the first is loaded: loading both would
    /// report every id in it twice, and silently preferring one would hide the other's edits.
    /// </summary>
    private static IReadOnlyList<string> YamlFiles(InputFolder input, string folder, DiagnosticBag diagnostics)
    {
        var files = new List<string>();
        foreach (var group in input.List(folder, InputFolder.YamlExtensions).GroupBy(Path.GetFileNameWithoutExtension, StringComparer.Ordinal))
        {
            var (first, others) = (group.First(), group.Skip(1));
            files.Add(first);
            foreach (var other in others)
            {
                diagnostics.Error(SourceLocation.StartOf(input.DisplayPath(other)),
                    $"{Path.GetFileName(first)} and {Path.GetFileName(other)} are the same {folder[..^1]}; keep one of them (either extension works)");
            }
        }
        return files;
    }

    /// <summary>Every chapter, bank, question and checklist id is unique, because xrefs and URLs use ids alone.</summary>
    private static void CheckIds(ContentSet content, DiagnosticBag diagnostics)
    {
        var owners = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        void Claim(string id, SourceLocation location)
        {
            if (owners.TryGetValue(id, out var first))
            {
                diagnostics.Error(location, $"duplicate id {SafeText.Quote(id)}: already used at {first}; ids must be unique across the whole site");
            }
            else
            {
                owners[id] = location;
            }
        }

        foreach (var chapter in content.Chapters)
        {
            Claim(chapter.Id, SourceLocation.StartOf(chapter.Body.Origin.File));
        }
        foreach (var bank in content.Banks)
        {
            Claim(bank.Id, bank.IdLocation);
            foreach (var question in bank.Questions)
            {
                Claim(question.Id, question.IdLocation);
            }
        }
        foreach (var checklist in content.Checklists)
        {
            Claim(checklist.Id, checklist.IdLocation);
        }
        foreach (var id in ReservedIds.Where(owners.ContainsKey))
        {
            diagnostics.Error(owners[id], $"'{id}' is reserved for a site section; choose another id");
        }
    }

    /// <summary>
    /// Related questions exist and are not the question itself. When a bank could not be loaded,
    /// an unknown id may be one of its questions: its own error is the root cause, reported once,
    /// rather than again as a "does not exist" in every file that names one of its questions.
    /// </summary>
    private static void CheckRelated(ContentSet content, DiagnosticBag diagnostics, bool questionsIncomplete)
    {
        var questionIds = content.Questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var question in content.Questions)
        {
            for (var i = 0; i < question.Related.Count; i++)
            {
                var id = question.Related[i];
                if (!questionIds.Contains(id) && !questionsIncomplete)
                {
                    diagnostics.Error(question.RelatedLocations[i],
                        $"related question {SafeText.Quote(id)} does not exist{EditDistance.DidYouMean(id, questionIds)}");
                }
                else if (id == question.Id)
                {
                    diagnostics.Error(question.RelatedLocations[i], "a question cannot be related to itself");
                }
            }
        }
    }
}
