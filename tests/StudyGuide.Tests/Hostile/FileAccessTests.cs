using System.Net.Sockets;
using StudyGuide.Diagnostics;
using StudyGuide.Loading;
using StudyGuide.Pipeline;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Hostile;

/// <summary>
/// Content is read only from regular files inside input/: links that leave it, dangling links,
/// named pipes, sockets, folders where a file belongs, oversized and unreadable files are each
/// refused at their position, and nothing outside input/ reaches the output.
/// </summary>
public sealed class FileAccessTests(PreviousBuild previous) : IClassFixture<PreviousBuild>
{
    private const string CodeFile = "banks/coding/two-sum.go";

    /// <summary>Where the coding bank names <see cref="CodeFile"/>: its <c>code:</c> value.</summary>
    private static string CodeKeyError(HostileInput input, string problem)
    {
        var (line, column) = input.PositionOf("banks/coding.yml", "coding/two-sum.go");
        return $@"input/banks/coding\.yml:{line}:{column}: error: code file 'coding/two-sum\.go' {problem}";
    }

    [Fact]
    public void A_code_file_linked_to_the_process_environment_is_refused_and_nothing_outside_input_is_published()
    {
        using var input = new HostileInput(previous);
        const string secret = "studyguide-leak-canary-5f1c0e";
        File.Delete(input.PathOf(CodeFile));
        File.CreateSymbolicLink(input.PathOf(CodeFile), "/proc/self/environ");

        var run = CliProcess.Run(input.Folder, ["build", "--theme", RepoPaths.Theme, "--no-search", "--no-cache"],
            environment: new Dictionary<string, string> { ["LEAK_CANARY"] = secret });

        input.AssertRefused(run, CodeKeyError(input, @"leads outside input/ through a symbolic link; .*"));
        Assert.DoesNotContain(secret, run.All);
        // The output and any staging folder beside it: everything the build may have written.
        var written = Directory.GetFiles(input.Folder, "*", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(input.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        Assert.All(written, file => Assert.DoesNotContain(secret, File.ReadAllText(file)));
    }

    [Fact]
    public void A_dangling_symbolic_link_is_refused_at_its_position()
    {
        using var input = new HostileInput(previous);
        File.CreateSymbolicLink(input.PathOf("chapters/ghost.md"), "no-such-chapter.md");
        var run = input.Build();
        input.AssertRefused(run, @"input/chapters/ghost\.md:1:1: error: this file is a symbolic link to a file that does not exist; .*");
    }

    [Fact]
    public void A_named_pipe_where_a_chapter_should_be_is_refused_without_waiting_for_a_writer()
    {
        using var input = new HostileInput(previous);
        var mkfifo = System.Diagnostics.Process.Start("mkfifo", [input.PathOf("chapters/pipe.md")])!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        var run = CliProcess.Run(input.Folder, ["build", "--theme", RepoPaths.Theme, "--no-search", "--no-cache"], TimeSpan.FromSeconds(30));
        input.AssertRefused(run, @"input/chapters/pipe\.md:1:1: error: this file is a named pipe \(FIFO\), not a regular file; .*");
    }

    [Fact]
    public void A_socket_where_a_checklist_should_be_is_refused()
    {
        using var input = new HostileInput(previous);
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(input.PathOf("checklists/socket.yml")));
        var run = input.Check();
        Assert.Equal(1, run.Code);
        Assert.Matches(@"(?m)^input/checklists/socket\.yml:1:1: error: this file is a socket, not a regular file; .*$", run.Error);
        HostileInput.AssertNoStackTrace(run);
    }

    [Fact]
    public void A_folder_where_a_code_file_should_be_is_refused_at_the_code_key()
    {
        using var input = new HostileInput(previous);
        File.Delete(input.PathOf(CodeFile));
        Directory.CreateDirectory(input.PathOf(CodeFile));
        var run = input.Build();
        input.AssertRefused(run, CodeKeyError(input, "is a folder, not a regular file; .*"));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused()
    {
        using var input = new HostileInput(previous);
        var path = input.PathOf("chapters/huge.md");
        input.Write("chapters/huge.md", "---\ntitle: Huge\norder: 99\nsummary: Too big.\n---\n" + new string('a', (int)ContentFiles.MaxFileBytes));
        var run = input.Build();
        input.AssertRefused(run, $@"input/chapters/huge\.md:1:1: error: this file is {new FileInfo(path).Length} bytes, over the limit of 4 MiB for one file; .*");
    }

    [Fact]
    public void A_theme_partial_linked_outside_the_theme_is_refused_at_its_position()
    {
        using var input = new HostileInput(previous);
        var theme = ScratchTheme.CopyInto(input.Folder);
        var partial = Path.Combine(theme, "layouts", "partials", "footer.sbn-html");
        File.Delete(partial);
        File.CreateSymbolicLink(partial, "/etc/hostname");
        var run = input.Run("build", "--theme", "theme", "--no-search", "--no-cache");
        input.AssertRefused(run, @"theme/layouts/partials/footer\.sbn-html:1:1: error: this file leads outside theme/ through a symbolic link; .*");
    }

    [Fact]
    public void A_symbolic_link_that_stays_inside_input_is_read_like_the_file()
    {
        using var input = new HostileInput(previous);
        var code = input.Read(CodeFile);
        File.Move(input.PathOf(CodeFile), input.PathOf("banks/shared-two-sum.go"));
        File.CreateSymbolicLink(input.PathOf(CodeFile), "../shared-two-sum.go");
        var run = input.Build();
        Assert.True(run.Code == 0, run.ToString());
        var page = File.ReadAllText(Path.Combine(input.OutputPath, "problems", "two-sum", "index.html"));
        Assert.Contains("twoSum", page);
        Assert.Contains("func twoSum", code);
    }

    [Fact]
    public void An_unreadable_file_is_an_error_at_its_position_and_the_build_writes_nothing()
    {
        using var input = new HostileInput(previous);
        var unreadable = input.PathOf("chapters/coding-patterns.md");
        Assert.True(File.Exists(unreadable), "pick a chapter that exists");
        var result = new SiteBuilder(files: new FailingFiles(unreadable))
            .Build(new BuildOptions(input.Root, RepoPaths.Theme, input.OutputPath, Search: false));

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.EndsWith("input/chapters/coding-patterns.md", error.Location.File);
        Assert.Equal((1, 1), (error.Location.Line, error.Location.Column));
        Assert.Equal("this file cannot be read (Permission denied (simulated)); check that it is a regular file you can read", error.Message);
        input.AssertPreviousOutputUntouched();
        Assert.Empty(Directory.GetDirectories(input.Folder, "_site.staging-*"));
    }

    /// <summary>The file system as seen by an unprivileged user: one file's read fails as a permission error does.</summary>
    private sealed class FailingFiles(string unreadable) : ContentFiles
    {
        protected override byte[] ReadRegularFile(string realPath, long limit) =>
            realPath == RealPath.Of(unreadable) ? throw new UnauthorizedAccessException("Permission denied (simulated)") : base.ReadRegularFile(realPath, limit);
    }
}
