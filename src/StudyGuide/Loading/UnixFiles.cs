using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace StudyGuide.Loading;

/// <summary>
/// The two file-system questions .NET cannot answer without risk: what kind of entry a path is
/// (<see cref="FileSystemInfo"/> reports a named pipe, a socket or a device as an ordinary file),
/// and how to open a file so that a named pipe put there cannot block the build (a plain
/// <c>open</c> for reading waits for a writer forever). On Linux both use the kernel directly:
/// <c>statx</c>, whose structure is the same on every architecture, and <c>open</c> with
/// <c>O_NONBLOCK</c> followed by a check of the opened file's own kind, so swapping the file
/// between the check and the open cannot hang or mislead the build. Elsewhere (a contributor's
/// macOS or Windows machine) the managed API is used: folders and links are still told apart,
/// special files are not.
/// </summary>
internal static class UnixFiles
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxType = 0x1;
    private const uint StatxSize = 0x200;
    private const int StatxModeOffset = 28;
    private const int StatxBufferSize = 256;

    // Generic Linux values (x86-64, arm64, arm, riscv); statx is Linux-only anyway.
    private const int ORdOnly = 0;
    private const int ONoCtty = 0x100;
    private const int ONonBlock = 0x800;
    private const int OCloExec = 0x80000;

    private const int ENoEnt = 2;
    private const int EAccess = 13;
    private const int ENotDir = 20;
    private const int EPermission = 1;

    // CA2101 asks for an explicit string marshalling: each path is marshalled as UTF-8 (LPUTF8Str), what libc takes.
#pragma warning disable CA2101
    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
#pragma warning restore CA2101

    private static bool Native => OperatingSystem.IsLinux();

    /// <summary>The kind of the entry at <paramref name="path"/> itself (a link is not followed).</summary>
    public static FileKind KindOf(string path)
    {
        if (!Native)
        {
            return ManagedKindOf(path);
        }
        var buffer = new byte[StatxBufferSize];
        if (Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType, buffer) != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            return error is ENoEnt or ENotDir ? FileKind.Missing : throw ErrorFor(error, path);
        }
        return KindOfMode(BitConverter.ToUInt16(buffer, StatxModeOffset));
    }

    /// <summary>
    /// Opens a regular file for reading without ever waiting on it. Throws
    /// <see cref="InvalidDataException"/> when what was opened is not a regular file (the entry
    /// changed since it was checked), and IOException or UnauthorizedAccessException as File.OpenRead does.
    /// </summary>
    public static FileStream OpenRegular(string path)
    {
        if (!Native)
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        }
        var descriptor = Open(path, ORdOnly | ONonBlock | ONoCtty | OCloExec);
        if (descriptor < 0)
        {
            throw ErrorFor(Marshal.GetLastPInvokeError(), path);
        }
        var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        var buffer = new byte[StatxBufferSize];
        if (Statx(descriptor, "", AtEmptyPath, StatxType | StatxSize, buffer) != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            handle.Dispose();
            throw ErrorFor(error, path);
        }
        var kind = KindOfMode(BitConverter.ToUInt16(buffer, StatxModeOffset));
        if (kind != FileKind.Regular)
        {
            handle.Dispose();
            throw new InvalidDataException($"{kind.Describe()}, not a regular file");
        }
        return new FileStream(handle, FileAccess.Read, bufferSize: 1);
    }

    private static FileKind KindOfMode(ushort mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Directory,
        0xA000 => FileKind.SymbolicLink,
        0x1000 => FileKind.Fifo,
        0xC000 => FileKind.Socket,
        0x2000 => FileKind.CharacterDevice,
        0x6000 => FileKind.BlockDevice,
        _ => FileKind.Other,
    };

    private static FileKind ManagedKindOf(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists && !Directory.Exists(path) && info.LinkTarget is null)
        {
            return FileKind.Missing;
        }
        return info.LinkTarget is not null ? FileKind.SymbolicLink
            : info.Attributes.HasFlag(FileAttributes.Directory) ? FileKind.Directory
            : FileKind.Regular;
    }

    private static Exception ErrorFor(int error, string path) => error switch
    {
        EAccess or EPermission => new UnauthorizedAccessException($"permission denied: {path}"),
        ENoEnt or ENotDir => new FileNotFoundException($"no such file: {path}", path),
        _ => new IOException($"{Marshal.GetPInvokeErrorMessage(error)}: {path}", error),
    };
}
