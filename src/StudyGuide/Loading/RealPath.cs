namespace StudyGuide.Loading;

/// <summary>Real paths: where a path leads once every symbolic link in it is followed, as the kernel would.</summary>
internal static class RealPath
{
    /// <summary>Symbolic links followed while resolving one path before giving up (Linux's own limit).</summary>
    private const int MaxLinks = 40;

    /// <summary>
    /// The real path of <paramref name="path"/> (relative to the working directory if not absolute): each component in turn, following every
    /// symbolic link and applying <c>..</c> to the real folder reached so far (as the kernel does,
    /// not to the text of the path). Components past a missing one are kept as written. Null when
    /// links loop.
    /// </summary>
    public static string? Of(string path)
    {
        var fullPath = Path.GetFullPath(path);
        var rootLength = Path.GetPathRoot(fullPath)!.Length;
        var current = fullPath[..rootLength];
        var pending = new Stack<string>(Components(fullPath[rootLength..]).Reverse());
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".")
            {
                continue;
            }
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Join(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks)
            {
                return null;
            }
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }
            foreach (var component in Components(target).Reverse())
            {
                pending.Push(component);
            }
        }
        return current;
    }

    private static IEnumerable<string> Components(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or inside it (both real paths).</summary>
    public static bool IsSameOrInside(string path, string folder)
    {
        var parent = folder.TrimEnd(Path.DirectorySeparatorChar);
        return path == parent || path.StartsWith(parent + Path.DirectorySeparatorChar, StringComparison.Ordinal) || parent.Length == 0;
    }
}
