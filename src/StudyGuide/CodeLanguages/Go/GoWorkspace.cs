namespace StudyGuide.CodeLanguages.Go;

/// <summary>
/// A throw-away module folder holding one program, laid out like the Playground's sandbox: the code
/// as <c>prog.go</c> (or <c>prog_test.go</c> for a test program, which <c>go test</c> needs) next to a
/// <c>go.mod</c> for module <c>play</c>, so <c>go build</c>, <c>go vet</c> and <c>go test</c> all work
/// and the Go tools name the file the way the Playground's messages do.
/// </summary>
internal sealed class GoWorkspace : IDisposable
{
    public const string ModuleFile = "module play\n\ngo 1.19\n";

    private readonly GoModuleFolder _folder;

    private GoWorkspace(GoModuleFolder folder, bool isTest)
    {
        _folder = folder;
        IsTest = isTest;
    }

    /// <summary>The folder; deleted on dispose.</summary>
    public string Directory => _folder.Directory;

    /// <summary>True when the code is a test program (see <see cref="GoSource.IsTestProgram"/>).</summary>
    public bool IsTest { get; }

    /// <summary>Name of the code file as the Go tools print it in positions.</summary>
    public string FileName => FileNameOf(IsTest);

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
        var isTest = GoSource.IsTestProgram(code);
        return new GoWorkspace(GoModuleFolder.Create(ModuleFile, [(FileNameOf(isTest), code)]), isTest);
    }

    private static string FileNameOf(bool isTest) => isTest ? "prog_test.go" : "prog.go";

    /// <summary>Tool output with the folder's path removed, as the Playground shows it to users.</summary>
    public string Relative(string output) => _folder.Relative(output);

    public void Dispose() => _folder.Dispose();
}
