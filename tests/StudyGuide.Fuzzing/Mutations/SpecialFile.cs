using System.Runtime.InteropServices;

namespace StudyGuide.Fuzzing.Mutations;

/// <summary>
/// Replaces the file with something that is not a regular file: a FIFO (a read blocks forever),
/// a dangling symbolic link, or a directory.
/// </summary>
public sealed partial record SpecialFile(int Kind) : Mutation
{
    public static readonly string[] Kinds = ["fifo", "dangling-symlink", "directory"];

    public override string Name => "special-file";

    public override string Describe() => $"{Name}: {Kinds[Kind]}";

    public override void ApplyTo(string path)
    {
        File.Delete(path);
        switch (Kinds[Kind])
        {
            case "fifo":
                if (MakeFifo(path, Convert.ToUInt32("644", 8)) != 0)
                {
                    throw new IOException($"mkfifo {path} failed: errno {Marshal.GetLastPInvokeError()}");
                }
                break;
            case "dangling-symlink":
                File.CreateSymbolicLink(path, "no-such-file-" + Path.GetFileName(path));
                break;
            default:
                Directory.CreateDirectory(path);
                break;
        }
    }

    [LibraryImport("libc", EntryPoint = "mkfifo", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int MakeFifo(string path, uint mode);
}
