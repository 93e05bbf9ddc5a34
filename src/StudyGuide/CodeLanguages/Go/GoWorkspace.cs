namespace StudyGuide.CodeLanguages.Go;

/// <summary>
/// A throw-away module folder holding one program, laid out like the Playground's sandbox: the code
/// as <c>prog.go</c> (or <c>prog_test.go</c> for a test program, which <c>go test</c> needs) next to a
/// <c>go.mod</c> for module <c>play</c>, so <c>go build</c>, <c>go vet</c> and <c>go test</c> all work
/// and the Go tools name the file the way the Playground's messages do.
/// </summary>
public sealed class GoWorkspace : IDisposable
{
    public const string ModuleFile = "module play\n\ngo 1.19\n";

    private GoWorkspace(string directory, bool isTest)
    {
        Directory = directory;
        IsTest = isTest;
    }

    /// <summary>The folder; deleted on dispose.</summary>
    public string Directory { get; }

    /// <summary>True when the code is a test program (see <see cref="GoSource.IsTestProgram"/>).</summary>
    public bool IsTest { get; }

    /// <summary>Name of the code file as the Go tools print it in positions.</summary>
    public string FileName => IsTest ? "prog_test.go" : "prog.go";

    /// <summary>Where <see cref="BuildArguments"/> writes the executable.</summary>
    public string BinaryPath => Path.Combine(Directory, IsTest ? "prog.test" : "prog");

    /// <summary>
    /// <c>go build</c> for a program, <c>go test -c</c> for tests: both compile to a binary that is then run
    /// separately, under a time limit this code controls. Vet runs on its own, so it is off here.
    /// </summary>
    public IReadOnlyList<string> BuildArguments => IsTest
        ? ["test", "-c", "-vet=off", "-o", BinaryPath, "."]
        : ["build", "-o", BinaryPath, "."];

    /// <summary><c>go build -race</c> for a program that declares it shows a data race (see <see cref="GoSource.ExpectRaceDirective"/>).</summary>
    public IReadOnlyList<string> RaceBuildArguments => ["build", "-race", "-o", BinaryPath, "."];

    public static GoWorkspace Create(string code)
    {
        var directory = Path.Combine(Path.GetTempPath(), "studyguide-go-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(directory);
        var workspace = new GoWorkspace(directory, GoSource.IsTestProgram(code));
        File.WriteAllText(Path.Combine(directory, "go.mod"), ModuleFile);
        File.WriteAllText(Path.Combine(directory, workspace.FileName), code);
        return workspace;
    }

    /// <summary>Tool output with the folder's path removed, as the Playground shows it to users.</summary>
    public string Relative(string output) => output.Replace(Directory + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A killed program may still hold its binary for a moment; the OS cleans temp folders.
        }
    }
}
