using System.Security.Cryptography;
using System.Text;
using StudyGuide.Caching;

namespace StudyGuide.Highlighting;

/// <summary>
/// Highlighted code kept between builds, in one file (by default <c>obj/studyguide/</c> beside
/// the output folder): SHA-256 of (grammar scope, code) → HTML. Tokenizing is about a fifth of a
/// build and most code does not change between builds. The file is stamped with the versions of
/// this assembly and of the grammars, so a new generator or grammar never reuses old HTML; a
/// missing, foreign or damaged file is simply an empty cache.
/// </summary>
internal sealed class HighlightCacheFile(string path)
{
    private readonly StampedCacheFile _file = new(path, "studyguide-highlight-cache-v2", typeof(HighlightCacheFile), typeof(TextMateSharp.Grammars.RegistryOptions));

    public string Path => _file.Path;

    public static byte[] KeyOf(string scope, string code) => SHA256.HashData(Encoding.UTF8.GetBytes($"{scope}\n{code}"));

    public Dictionary<string, string> Read() => _file.Read(reader =>
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var count = reader.ReadInt32(); count > 0; count--)
        {
            var key = Convert.ToHexString(reader.ReadBytes(32));
            entries[key] = reader.ReadString();
        }
        return entries;
    }) ?? new Dictionary<string, string>(StringComparer.Ordinal);

    public void Write(IReadOnlyCollection<KeyValuePair<string, string>> entries) => _file.Write(writer =>
    {
        writer.Write(entries.Count);
        foreach (var (key, html) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            writer.Write(Convert.FromHexString(key));
            writer.Write(html);
        }
    });
}
