namespace StudyGuide.Tests.Infrastructure;

/// <summary>Every file of a folder by its relative path (forward slashes), to compare builds byte for byte.</summary>
public static class FolderSnapshot
{
    public static Dictionary<string, byte[]> Of(string folder) => Directory.Exists(folder)
        ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes)
        : [];

    /// <summary>Same file set, same bytes in each file.</summary>
    public static void AssertSame(Dictionary<string, byte[]> expected, Dictionary<string, byte[]> actual, string because = "")
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(actual[pair.Key]), $"{pair.Key} differs{because}"));
    }
}
