namespace StudyGuide.Loading;

/// <summary>Banks and checklists carry an <c>id</c> that must equal their file name, so URLs and files never drift apart.</summary>
internal static class FileIdReader
{
    public static string? Read(YamlMap map, string path)
    {
        var id = map.Id("id");
        var expected = Path.GetFileNameWithoutExtension(path);
        if (id is not null && id != expected)
        {
            map.File.Diagnostics.Error(map.LocationOf("id"), $"id '{id}' must equal the file name '{expected}'; rename the file or change the id");
            return expected; // go on under the file name, so links to this file are still checked
        }
        return id;
    }
}
