using StudyGuide.Content;
using StudyGuide.Diagnostics;

namespace StudyGuide.Loading;

/// <summary>Topic lists (<c>topics</c>, <c>tags</c>): slugs, so they can be URL fragments and filter values.</summary>
internal static class TopicReader
{
    public static IReadOnlyList<string> Read(YamlMap map, string key)
    {
        var topics = new List<string>();
        foreach (var (node, location, _) in map.ScalarItems(key))
        {
            var topic = node.Value!.Trim();
            if (Slug.IsValid(topic))
            {
                topics.Add(topic);
            }
            else
            {
                map.File.Diagnostics.Error(location, $"topic {SafeText.Quote(topic)} must be a slug, like '{Slug.From(topic)}'");
            }
        }
        return topics;
    }
}
