using System.Text;

namespace StudyGuide.Caching;

/// <summary>
/// A file of build state kept between processes (beside the output, in <c>obj/studyguide/</c>): a
/// format name, a stamp of what made the entries (the version ids of the generator's and its
/// libraries' assemblies, which deterministic builds change only with the code), then the entries.
/// A missing file, another format or stamp, and a damaged file all read as nothing kept, so a
/// cache can only save work and never change what a build writes. A write goes to a temporary name
/// renamed over the old file, so a concurrent build reads the old file or the new one, never half
/// of one.
/// </summary>
/// <param name="makers">Types whose assemblies make the entries: a new version of any of them makes the file stale.</param>
internal sealed class StampedCacheFile(string path, string format, params Type[] makers)
{
    private readonly string _stamp = string.Join(' ', makers.Select(type => type.Assembly.ManifestModule.ModuleVersionId));

    public string Path { get; } = path;

    /// <summary>What <paramref name="read"/> makes of the entries, or null when there are none to trust.</summary>
    public T? Read<T>(Func<BinaryReader, T?> read)
        where T : class
    {
        try
        {
            using var reader = new BinaryReader(File.OpenRead(Path), Encoding.UTF8);
            return reader.ReadString() == format && reader.ReadString() == _stamp ? read(reader) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// Replaces the file with the entries <paramref name="write"/> gives. Best effort: a folder that
    /// cannot be written (read-only, full) costs the next build its head start, never this build its
    /// result, so the error is dropped with the temporary file.
    /// </summary>
    public void Write(Action<BinaryWriter> write)
    {
        var temporary = $"{Path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
            using (var writer = new BinaryWriter(File.Create(temporary), Encoding.UTF8))
            {
                writer.Write(format);
                writer.Write(_stamp);
                write(writer);
            }
            File.Move(temporary, Path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            DeleteIfAny(temporary);
        }
    }

    private static void DeleteIfAny(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left behind in a folder this process cannot write to: nothing more to do.
        }
    }
}
