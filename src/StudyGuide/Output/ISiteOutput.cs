namespace StudyGuide.Output;

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

    /// <summary>The folder where written files already exist on disk before <see cref="Commit"/>, if any (tools such as Pagefind need one).</summary>
    string? FolderOnDisk => null;

    /// <summary>Makes the written files the site.</summary>
    void Commit();
}
