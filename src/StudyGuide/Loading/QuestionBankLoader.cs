using StudyGuide.Content;
using StudyGuide.ContentTypes;
using StudyGuide.Diagnostics;

namespace StudyGuide.Loading;

/// <summary>
/// Reads <c>input/banks/*.yml</c>. Which keys a question may have depends on the bank's kind
/// (<see cref="ContentModel"/>), so a typo such as <c>dificulty</c> or a system-design field in a
/// coding bank is caught here.
/// </summary>
internal sealed class QuestionBankLoader(ContentModel model)
{
    private static readonly Dictionary<string, Difficulty> Difficulties = Enum.GetValues<Difficulty>()
        .ToDictionary(d => d.ToString().ToLowerInvariant());

    private readonly CodeFileReader _codeReader = new();

    public QuestionBank? Load(InputFolder input, string path, DiagnosticBag diagnostics)
    {
        var display = input.DisplayPath(path);
        var text = input.ReadText(path, diagnostics);
        var map = text is null ? null : YamlFile.Parse(display, text, diagnostics);
        if (map is null)
        {
            return null;
        }
        var file = BankType.File(model);
        map.CheckKeys(file.Keys);
        var id = FileIdReader.Read(map, path);
        var title = map.String(BankType.Title.Key);
        var description = map.Markdown(BankType.Description.Key);
        var kind = map.ChoiceOf(BankType.Kind(model).Key, model.QuestionKinds.ToDictionary(k => k.Name, k => k));

        var questions = new List<Question>();
        if (kind is not null && id is not null)
        {
            // Questions are independent (each reads its own code file), and a large bank is one
            // file: loading them in parallel keeps it from being the load stage's long tail.
            var entries = map.MapList(BankType.Questions.Key).ToList();
            var loaded = new Question?[entries.Count];
            var keys = AllowedKeys.Of(kind.AllFields);
            Parallel.For(0, entries.Count, i => loaded[i] = LoadQuestion(input, path, id, kind, keys, entries[i]));
            questions.AddRange(loaded.OfType<Question>());
        }

        // Past this point errors were reported; fill gaps so later stages can still check links.
        if (id is null)
        {
            return null;
        }
        return new QuestionBank(id, map.LocationOf(BankType.Id.Key), input.RepositoryPath(path), title ?? id,
            description ?? map.MissingMarkdown(BankType.Description.Key), kind ?? model.QuestionKinds[0], questions);
    }

    private Question? LoadQuestion(InputFolder input, string bankPath, string bankId, QuestionKind kind, AllowedKeys keys, YamlMap map)
    {
        map.CheckKeys(keys);
        var id = map.Id(QuestionFields.Id.Key);
        var title = map.String(QuestionFields.Title.Key);
        var difficulty = map.Choice(QuestionFields.Difficulty.Key, Difficulties);
        var topics = TopicReader.Read(map, QuestionFields.Topics.Key);
        var prompt = map.Markdown(QuestionFields.Prompt.Key);
        var answer = map.Markdown(QuestionFields.Answer.Key);
        var related = map.ScalarItems(QuestionFields.Related.Key);
        var followUps = map.MarkdownList(QuestionFields.FollowUps.Key);
        var code = kind.Code is { } codeField && map.Has(codeField.Key) ? _codeReader.Read(input, bankPath, map, codeField, kind.Output) : null;
        // A practice file's name follows from the id: without a valid id there is no name to hold it to.
        var values = FieldReader.ReadAll(map, kind.Fields,
            file => id is null ? null : _codeReader.ReadPracticeFile(input, bankPath, bankId, id, map, file));

        if (map.Has(QuestionFields.Topics.Key) && topics.Count == 0)
        {
            map.File.Diagnostics.Error(map.LocationOf(QuestionFields.Topics.Key), "'topics' needs at least one topic, like [arrays, hash-map]");
        }

        // A question with errors is still returned (its errors are reported) so that links to it
        // do not also show up as broken: one mistake, one message.
        if (id is null)
        {
            return null;
        }
        return new Question(id, bankId, input.RepositoryPath(bankPath), map.LocationOf(QuestionFields.Id.Key), title ?? id, difficulty ?? Difficulty.Medium,
            topics, prompt ?? map.MissingMarkdown(QuestionFields.Prompt.Key), answer ?? map.MissingMarkdown(QuestionFields.Answer.Key),
            related.Select(r => r.Node.Value!.Trim()).ToList(), related.Select(r => r.Location).ToList(), followUps, kind, code, values);
    }
}
