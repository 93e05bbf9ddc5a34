using System.Text;
using StudyGuide.Linking;

namespace StudyGuide.Search;

/// <summary>
/// The site's own words (titles, headings, topics, patterns), each with how often it occurs,
/// written to <c>/search/vocabulary.json</c>. Pagefind only finds words as typed; when a query
/// finds little, the browser compares the typed words with this list by edit distance and
/// searches the closest terms instead ("anagarm" → "anagram"). Titles and headings are the
/// words readers look for, and keep the file small even for a large site.
/// </summary>
internal static class SearchVocabulary
{
    /// <summary>Shorter words are too ambiguous to correct: "tre" is one edit from a dozen words.</summary>
    public const int MinimumLength = 3;

    public static SortedDictionary<string, int> Terms(ParsedContent parsed)
    {
        var content = parsed.Content;
        var phrases = new List<string>();
        foreach (var chapter in content.Chapters)
        {
            phrases.Add(chapter.Title);
            phrases.AddRange(parsed[chapter.Body].Headings.Select(h => h.Text));
            phrases.AddRange(chapter.Tags);
        }
        foreach (var bank in content.Banks)
        {
            phrases.Add(bank.Title);
            foreach (var question in bank.Questions)
            {
                phrases.Add(question.Title);
                phrases.AddRange(question.Topics);
                phrases.AddRange(question.Fields.Where(v => v.Field.InVocabulary).Select(v => v.ShownText).OfType<string>());
            }
        }
        foreach (var checklist in content.Checklists)
        {
            phrases.Add(checklist.Title);
            phrases.AddRange(checklist.Sections.Select(s => s.Title));
        }

        var terms = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in phrases.SelectMany(Words))
        {
            terms[word] = terms.GetValueOrDefault(word) + 1;
        }
        return terms;
    }

    /// <summary>The words of a phrase (<see cref="SearchWords"/>) worth correcting to: long enough, and not bare numbers.</summary>
    public static IEnumerable<string> Words(string phrase) =>
        SearchWords.Split(phrase).Where(word => word.Length >= MinimumLength && word.EnumerateRunes().Any(Rune.IsLetter));
}
