using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace StudyGuide.Highlighting;

/// <summary>
/// Highlighted code kept between builds, in one file (by default <c>obj/studyguide/</c> beside
/// the output folder): SHA-256 of (grammar scope, code) → HTML. Tokenizing is about a fifth of a
/// build and most code does not change between builds. The file is stamped with the versions of
/// this assembly and of the grammars, so a new generator or grammar never reuses old HTML; a
/// missing, foreign or damaged file is simply an empty cache.
/// </summary>
public sealed class HighlightCacheFile(string path)
{
    private const string Magic = "studyguide-highlight-cache-v1";

    /// <summary>Changes whenever this assembly or TextMateSharp's grammars change (deterministic builds keep it stable otherwise).</summary>
    private static readonly string Stamp = string.Join(' ',
        typeof(HighlightCacheFile).Assembly.ManifestModule.ModuleVersionId,
        typeof(TextMateSharp.Grammars.RegistryOptions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);

    public string Path { get; } = path;

    public static byte[] KeyOf(string scope, string code) => SHA256.HashData(Encoding.UTF8.GetBytes($"{scope}\n{code}"));

    public Dictionary<string, string> Read()
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var reader = new BinaryReader(File.OpenRead(Path), Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadString() != Stamp)
            {
                return entries;
            }
            for (var count = reader.ReadInt32(); count > 0; count--)
            {
                var key = Convert.ToHexString(reader.ReadBytes(32));
                entries[key] = reader.ReadString();
            }
            return entries;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }
    }

    /// <summary>Replaces the file in one rename, so a concurrent build reads the old file or the new one, never half of one.</summary>
    public void Write(IReadOnlyCollection<KeyValuePair<string, string>> entries)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
        var temporary = $"{Path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        using (var writer = new BinaryWriter(File.Create(temporary), Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(Stamp);
            writer.Write(entries.Count);
            foreach (var (key, html) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                writer.Write(Convert.FromHexString(key));
                writer.Write(html);
            }
        }
        File.Move(temporary, Path, overwrite: true);
    }
}
