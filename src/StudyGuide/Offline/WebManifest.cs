using System.Text.Json;
using StudyGuide.Routing;
using StudyGuide.Sharing;

namespace StudyGuide.Offline;

/// <summary>
/// The web app manifest (<c>/manifest.webmanifest</c>), which makes the guide installable: its
/// name, start page, colours and the two PNG icons the build draws (<see cref="BrandImages"/>).
/// The same input gives the same bytes (properties in a fixed order, no time stamps).
/// </summary>
internal static class WebManifest
{
    /// <summary>Not hashed: browsers look for a manifest's updates at the URL pages name.</summary>
    public const string Url = Routes.WebManifest;

    /// <summary>The browser's surroundings of an installed guide: the accent of the light theme, as the icons.</summary>
    public const string ThemeColor = BrandImages.AccentColor;

    public const string BackgroundColor = "#ffffff";

    public static byte[] Of(string title, string description, IEnumerable<BrandImage> icons)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("id", "/");
            json.WriteString("name", title);
            json.WriteString("short_name", title);
            json.WriteString("description", description);
            json.WriteString("lang", "en");
            json.WriteString("start_url", "/");
            json.WriteString("scope", "/");
            json.WriteString("display", "standalone");
            json.WriteString("background_color", BackgroundColor);
            json.WriteString("theme_color", ThemeColor);
            json.WriteStartArray("icons");
            foreach (var icon in icons)
            {
                json.WriteStartObject();
                json.WriteString("src", icon.Url);
                json.WriteString("sizes", $"{icon.Width}x{icon.Height}");
                json.WriteString("type", "image/png");
                json.WriteString("purpose", "any");
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
