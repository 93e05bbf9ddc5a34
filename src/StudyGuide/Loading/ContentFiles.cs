using System.Text;
using StudyGuide.Diagnostics;

namespace StudyGuide.Loading;

/// <summary>
/// The one way the build lists and reads the files it is given: content (<c>input/</c>) and the
/// theme (layouts, partials, assets). Content arrives by pull request and deploy previews build
/// it on a machine with secrets in its environment, so a file is read only when it is a regular
/// file whose real path (every symbolic link resolved, in every component) is inside the folder
/// it belongs to. A link that leaves the folder (<c>two-sum.go → /proc/self/environ</c>), a
/// dangling link, a named pipe, a socket, a device, a folder where a file is expected, a file over
/// <see cref="MaxFileBytes"/> and a file that cannot be read are each an error at the position the
/// caller gives, never an exception and never a hang. A link that stays inside the folder and
/// ends at a regular file is read like the file itself.
/// Subclass and override <see cref="ReadRegularFile"/> to simulate a failing disk in tests.
/// </summary>
public class ContentFiles
{
    /// <summary>
    /// The largest file read: 4 MiB. The largest real file (<c>banks/coding.yml</c>) is about
    /// 100 KB, so this leaves forty times that for growth, while a runaway or hostile file is
    /// refused before it costs the build memory and time.
    /// </summary>
    public const long MaxFileBytes = 4 * 1024 * 1024;

    /// <summary>Stateless: one shared instance serves every build.</summary>
    public static readonly ContentFiles Default = new();

    /// <summary>
    /// Entries of <paramref name="folder"/> (not its subfolders) whose names end with one of
    /// <paramref name="extensions"/>, sorted by name so every run sees them in the same order.
    /// Everything with such a name is listed, folders and special files too, so that reading it
    /// reports what is wrong instead of the entry being silently skipped.
    /// </summary>
    public IReadOnlyList<string> List(string folder, params string[] extensions)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }
        return Directory.EnumerateFileSystemEntries(folder)
            .Where(path => extensions.Any(e => path.EndsWith(e, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Every entry under <paramref name="folder"/> that is not a folder, in every subfolder, sorted.</summary>
    public IReadOnlyList<string> ListAll(string folder) => Directory.Exists(folder)
        ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
        : [];

    /// <summary>Whether anything is at <paramref name="path"/>, a dangling link included: "missing" is a different error from "broken".</summary>
    public bool Exists(string path) => UnixFiles.KindOf(Path.GetFullPath(path)) != FileKind.Missing;

    /// <summary>
    /// The text of <paramref name="path"/> (UTF-8 unless it has another byte order mark, CRLF
    /// kept), or null after reporting at <paramref name="at"/> why not. <paramref name="name"/>
    /// is what the message calls the file: "this file" when <paramref name="at"/> is in it.
    /// </summary>
    public string? ReadText(string root, string path, SourceLocation at, DiagnosticBag diagnostics, string name = "this file") =>
        ReadBytes(root, path, at, diagnostics, name) is { } bytes ? Decode(bytes) : null;

    /// <summary>The bytes of <paramref name="path"/>, or null after reporting why not, as <see cref="ReadText"/>.</summary>
    public byte[]? ReadBytes(string root, string path, SourceLocation at, DiagnosticBag diagnostics, string name = "this file")
    {
        var problem = Check(root, path, out var realPath);
        if (problem is null)
        {
            try
            {
                var bytes = ReadRegularFile(realPath, MaxFileBytes);
                if (bytes.LongLength <= MaxFileBytes)
                {
                    return bytes;
                }
                problem = TooLarge(bytes.LongLength);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                problem = $"cannot be read ({ex.Message}); check that it is a regular file you can read";
            }
        }
        diagnostics.Error(at, $"{name} {problem}");
        return null;
    }

    /// <summary>
    /// Reads a file already checked to be regular and inside its folder: at most
    /// <paramref name="limit"/> + 1 bytes, so a file that grew past the limit is still caught.
    /// The only method that touches the file's bytes.
    /// </summary>
    protected virtual byte[] ReadRegularFile(string realPath, long limit)
    {
        using var stream = UnixFiles.OpenRegular(realPath);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length <= limit && (read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>Why <paramref name="path"/> may not be read (null when it may), and its real path.</summary>
    private static string? Check(string root, string path, out string realPath)
    {
        realPath = "";
        var realRoot = RealPath.Of(root);
        var resolved = RealPath.Of(path);
        if (realRoot is null || resolved is null)
        {
            return "is a symbolic link that loops or is nested too deep; replace it with the file itself";
        }
        if (resolved == realRoot || !RealPath.IsSameOrInside(resolved, realRoot))
        {
            // Named as the contributor named the folder, even when that name is itself a link.
            var folder = Path.GetFileName(Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar));
            return $"leads outside {folder}/ through a symbolic link; only files inside the folder are read: replace the link with a copy of the file";
        }
        FileKind kind;
        try
        {
            kind = UnixFiles.KindOf(resolved);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"cannot be read ({ex.Message}); check its permissions";
        }
        if (kind == FileKind.Missing)
        {
            return UnixFiles.KindOf(Path.GetFullPath(path)) == FileKind.SymbolicLink
                ? "is a symbolic link to a file that does not exist; fix the link or replace it with the file"
                : "does not exist; create it or fix the path";
        }
        if (kind != FileKind.Regular)
        {
            return $"is {kind.Describe()}, not a regular file; content must be ordinary files";
        }
        var length = new FileInfo(resolved).Length;
        if (length > MaxFileBytes)
        {
            return TooLarge(length);
        }
        realPath = resolved;
        return null;
    }

    private static string TooLarge(long length) =>
        $"is {length} bytes, over the limit of {MaxFileBytes / (1024 * 1024)} MiB for one file; split it into smaller files";

    private static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
