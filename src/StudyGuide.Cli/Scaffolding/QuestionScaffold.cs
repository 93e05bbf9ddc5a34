using StudyGuide.CodeLanguages;
using StudyGuide.ContentTypes;
using StudyGuide.ContentTypes.Generation;
using StudyGuide.Routing;

namespace StudyGuide.Cli.Scaffolding;

/// <summary>
/// <c>studyguide new problem &lt;bank&gt; &lt;id&gt;</c>: appends a question with every field of its
/// bank's kind (each commented) to <c>input/banks/&lt;bank&gt;.yml</c>, and for coding and concept
/// banks writes <c>input/banks/&lt;bank&gt;/&lt;id&gt;.go</c>: a program that builds with Go 1.19, is
/// gofmt-clean, and prints exactly the question's <c>expected_output</c>. For a kind with practice files
/// (coding) it also writes them, named by the language's rule: a starter that the tests fail, and tests
/// with one case in the fixed form, so <c>check --go</c> passes from the start.
/// </summary>
internal static class QuestionScaffold
{
    public static Scaffold Create(ExistingContent content, string bankId, string id)
    {
        var bank = content.Content.Banks.FirstOrDefault(b => b.Id == bankId);
        if (bank is null)
        {
            // A bank file that is there but could not be loaded: its own errors say why.
            var errors = content.ErrorsOf(content.Input.PathOf("banks", bankId));
            if (errors.Count > 0)
            {
                throw new ScaffoldException($"cannot add a question to the bank '{bankId}' until the errors above are fixed; nothing was changed", errors);
            }
            var banks = string.Join(", ", content.Content.Banks.Select(b => b.Id));
            throw new ScaffoldException($"there is no bank '{bankId}' (input/banks/{bankId}.yml or .yaml); banks: {banks}");
        }
        content.CheckNewId(id, "question");
        // The file the bank was loaded from, whichever YAML extension it has.
        var bankPath = content.Input.FromRepositoryPath(bank.SourcePath);
        var hasCode = bank.Kind.Code is not null;
        var language = Languages.Default;
        var codePath = content.Input.PathOf("banks", bankId, id + language.FileExtension);
        // Each file to write, with what it holds: the program, then the kind's practice files (relative to the bank file, as it names them).
        var files = new List<(string Path, string Text)>();
        if (hasCode)
        {
            files.Add((codePath, language.ScaffoldProgram));
        }
        var practice = bank.Kind.Fields.OfType<PracticeFileField>()
            .ToDictionary(f => f.Role, f => (Relative: language.PracticePath(f.Role, bankId, id), Path: content.Input.PathOf("banks", language.PracticePath(f.Role, bankId, id))));
        files.AddRange(practice.Select(p => (p.Value.Path, p.Key == PracticeRole.Starter ? language.ScaffoldStarter : language.ScaffoldTests)));
        if (files.FirstOrDefault(f => File.Exists(f.Path)) is { Path: { } taken })
        {
            throw new ScaffoldException($"{content.Input.DisplayPath(taken)} already exists");
        }

        // A topic the bank already uses, as a placeholder that keeps the topics page tidy.
        var topic = bank.Questions.SelectMany(q => q.Topics).FirstOrDefault() ?? "general";
        var question = QuestionYaml.Of(bank.Kind, new Dictionary<string, string>
        {
            ["id"] = id,
            ["title"] = ExistingContent.TitleOf(id),
            ["topic"] = topic,
            ["code"] = $"{bankId}/{id}{language.FileExtension}",
            ["output"] = language.ScaffoldOutput,
            ["starter"] = practice.TryGetValue(PracticeRole.Starter, out var starter) ? starter.Relative : "",
            ["tests"] = practice.TryGetValue(PracticeRole.Tests, out var tests) ? tests.Relative : "",
        });
        var line = BankAppender.Append(bankPath, content.Input.DisplayPath(bankPath), id, question);
        var bankFile = content.Input.DisplayPath(bankPath);
        var done = new List<string> { $"Added question '{id}' to {bankFile}:{line}" };
        var next = new List<string>
        {
            $"Edit the question at {bankFile}:{line}: title, difficulty, topics, prompt, answer and the rest (each field is commented).",
        };
        done.AddRange(files.Select(f => $"Created {content.Create(f.Path, f.Text)}"));
        if (hasCode)
        {
            next.Add($"Write the program in {content.Input.DisplayPath(codePath)}; keep main printing the prompt's examples, and make expected_output its exact output.");
        }
        if (practice.TryGetValue(PracticeRole.Starter, out var starterFile) && practice.TryGetValue(PracticeRole.Tests, out var testsFile))
        {
            next.Add(language.PracticeAdvice(content.Input.DisplayPath(testsFile.Path), content.Input.DisplayPath(starterFile.Path)));
        }
        next.AddRange(Scaffold.PreviewAndCheck(Routes.Question.For(id)));
        return new Scaffold(done, next);
    }
}
