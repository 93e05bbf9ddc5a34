namespace StudyGuide.ContentTypes.Generation;

/// <summary>
/// The repository's files made from the content types (<c>studyguide generate</c> writes them; a test
/// fails while a committed one differs): the JSON Schemas and the field tables of the content model's docs.
/// </summary>
public static class GeneratedFiles
{
    public const string ContentModelDocs = "docs/content-model.md";

    /// <summary>Each file's path in the repository and its text; <paramref name="read"/> gives a committed file's text (the docs are filled in, not replaced).</summary>
    public static IEnumerable<(string Path, string Text)> Of(ContentModel model, Func<string, string> read)
    {
        foreach (var file in model.FileTypes)
        {
            yield return ($"schema/{file.SchemaFile}", JsonSchemas.Of(file, model));
        }
        yield return (ContentModelDocs, FieldTables.Fill(read(ContentModelDocs), model));
    }
}
