namespace StudyGuide.Loading;

/// <summary>What a directory entry is, as <c>lstat</c> sees it (a symbolic link is not followed).</summary>
internal enum FileKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    Fifo,
    Socket,
    CharacterDevice,
    BlockDevice,
    Other,
}

internal static class FileKindNames
{
    /// <summary>The entry as a contributor would call it, for error messages.</summary>
    public static string Describe(this FileKind kind) => kind switch
    {
        FileKind.Regular => "a file",
        FileKind.Directory => "a folder",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.Fifo => "a named pipe (FIFO)",
        FileKind.Socket => "a socket",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Missing => "missing",
        _ => "a special file",
    };
}
