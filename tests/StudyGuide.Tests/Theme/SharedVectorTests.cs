using System.Text.Json;
using StudyGuide.Content;
using StudyGuide.Diagnostics;
using StudyGuide.Search;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Theme;

/// <summary>
/// The generator's halves of the text functions the theme's scripts also implement, checked on the
/// cases of theme/tests/vectors.json, which theme/tests/vectors.test.js checks against the scripts:
/// the vocabulary the generator writes must split and compare words exactly as the browser does.
/// </summary>
public sealed class SharedVectorTests
{
    private static JsonElement Cases(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Theme, "tests", "vectors.json")));
        return document.RootElement.GetProperty(name).Clone();
    }

    private static string Text(JsonElement item, string name) => item.GetProperty(name).GetString()!;

    public static TheoryData<string, string, int> EditDistanceCases()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var item in Cases("editDistance").EnumerateArray())
        {
            data.Add(Text(item, "a"), Text(item, "b"), item.GetProperty("distance").GetInt32());
        }
        return data;
    }

    public static TheoryData<string, string[]> WordCases()
    {
        var data = new TheoryData<string, string[]>();
        foreach (var item in Cases("words").EnumerateArray())
        {
            data.Add(Text(item, "text"), item.GetProperty("words").EnumerateArray().Select(w => w.GetString()!).ToArray());
        }
        return data;
    }

    public static TheoryData<string, bool> SlugCases()
    {
        var data = new TheoryData<string, bool>();
        foreach (var item in Cases("slugs").EnumerateArray())
        {
            data.Add(Text(item, "text"), item.GetProperty("valid").GetBoolean());
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EditDistanceCases))]
    public void Edit_distance_agrees_with_the_scripts(string a, string b, int distance)
    {
        Assert.Equal(distance, EditDistance.Between(a, b));
        Assert.Equal(distance, EditDistance.Between(b, a));
    }

    [Theory]
    [MemberData(nameof(WordCases))]
    public void Word_splitting_agrees_with_the_scripts(string text, string[] words) =>
        Assert.Equal(words, SearchWords.Split(text));

    [Theory]
    [MemberData(nameof(SlugCases))]
    public void Slug_validity_agrees_with_the_scripts(string text, bool valid) =>
        Assert.Equal(valid, Slug.IsValid(text));

    [Fact]
    public void Every_kind_of_case_is_there() =>
        Assert.All(new[] { EditDistanceCases().Count, WordCases().Count, SlugCases().Count }, count => Assert.True(count >= 10, $"only {count} cases"));
}
