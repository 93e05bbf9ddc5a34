namespace StudyGuide.Publishing;

/// <summary>
/// Where a build puts the site. A build writes every file, then calls <see cref="Commit"/> only
/// when it succeeded: nothing may become visible before that, so a failed build leaves the
/// previous site exactly as it was. <see cref="Write(string, ReadOnlySpan{byte})"/> is called
/// from parallel render threads, each time with a different path.
/// </summary>
public interface ISiteOutput
{
    /// <summary>Writes a file at a site-relative path such as <c>problems/two-sum/index.html</c>.</summary>
    void Write(string relativePath, ReadOnlySpan<byte> bytes);

    void Write(string relativePath, string text) => Write(relativePath, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>Writes a file made of <paramref name="chunks"/> one after the other (a page too large to hold as one string).</summary>
    void Write(string relativePath, IReadOnlyList<ReadOnlyMemory<byte>> chunks)
    {
        var bytes = new byte[chunks.Sum(c => c.Length)];
        var offset = 0;
        foreach (var chunk in chunks)
        {
            chunk.Span.CopyTo(bytes.AsSpan(offset));
            offset += chunk.Length;
        }
        Write(relativePath, bytes);
    }

    /// <summary>The folder where written files already exist on disk before <see cref="Commit"/>, if any (tools such as Pagefind need one).</summary>
    string? FolderOnDisk => null;

    /// <summary>Makes the written files the site.</summary>
    void Commit();
}
