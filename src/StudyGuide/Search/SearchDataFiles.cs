using System.Text.Json;
using StudyGuide.Content;
using StudyGuide.Linking;

namespace StudyGuide.Search;

/// <summary>
/// The files the search interface reads besides Pagefind's index, generated from the content:
/// <c>/search/vocabulary.json</c> (<see cref="SearchVocabulary"/>) and <c>/search/filters.json</c>
/// (labels of <see cref="SearchFilters"/>). Keys are written in a fixed order, so the files are
/// byte-identical across builds of the same content.
/// </summary>
internal static class SearchDataFiles
{
    public static readonly string VocabularyPath = Routing.Routes.FileOf(Routing.Routes.SearchVocabulary);
    public static readonly string FiltersPath = Routing.Routes.FileOf(Routing.Routes.SearchFilters);

    public static IEnumerable<(string Path, byte[] Bytes)> Of(ParsedContent parsed)
    {
        yield return (VocabularyPath, Json(json =>
        {
            json.WriteStartObject("terms");
            foreach (var (term, count) in SearchVocabulary.Terms(parsed))
            {
                json.WriteNumber(term, count);
            }
            json.WriteEndObject();
        }));
        yield return (FiltersPath, Json(json =>
        {
            foreach (var filter in SearchFilters.Of(parsed.Content))
            {
                json.WriteStartObject(filter.Name);
                foreach (var value in filter.Values)
                {
                    json.WriteString(value.Value, value.Label);
                }
                json.WriteEndObject();
            }
        }));
    }

    private static byte[] Json(Action<Utf8JsonWriter> writeMembers)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            writeMembers(json);
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
