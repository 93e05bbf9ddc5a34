using StudyGuide.CodeLanguages.Go;

namespace StudyGuide.Tests.Infrastructure;

/// <summary>
/// How the Go Playground lays out a <c>/compile</c> body in its sandbox folder, as golang/playground
/// does it (txtar.go <c>splitFiles</c>, sandbox.go <c>sandboxBuild</c>), for <see cref="FakePlayground"/>:
/// <list type="bullet">
/// <item>The body is a txtar archive: the lines before the first <c>-- NAME --</c> line are an unnamed
/// file, saved as <c>prog.go</c> when it is not blank; every marker line starts a named file.</item>
/// <item>Tests are looked for in <c>prog.go</c> only: when it declares a <c>TestX(t *testing.T)</c> and no
/// <c>main</c> (<c>isTestProg</c>), it becomes <c>prog_test.go</c> and the program is built with
/// <c>go test -c</c> and run with <c>-test.v</c>; otherwise <c>go build</c>, which ignores the <c>_test.go</c> files.</item>
/// <item>A <c>go.mod</c> is added when the archive has none.</item>
/// </list>
/// </summary>
public sealed class PlaygroundSandbox : IDisposable
{
    public const string ProgName = "prog.go";
    public const string ProgTestName = "prog_test.go";

    private PlaygroundSandbox(string directory, IReadOnlyDictionary<string, string> files, bool isTest)
    {
        Directory = directory;
        Files = files;
        IsTest = isTest;
    }

    /// <summary>The folder; deleted on dispose.</summary>
    public string Directory { get; }

    /// <summary>The files as the sandbox writes them, by name.</summary>
    public IReadOnlyDictionary<string, string> Files { get; }

    /// <summary>True when the leading file held tests (and no main): built with <c>go test -c</c>, run with <c>-test.v</c>.</summary>
    public bool IsTest { get; }

    public string BinaryPath => Path.Combine(Directory, "a.out");

    public IReadOnlyList<string> BuildArguments => IsTest
        ? ["test", "-c", "-vet=off", "-o", BinaryPath, "."]
        : ["build", "-o", BinaryPath, "."];

    /// <summary>Splits a body into files (txtar.go <c>splitFiles</c>): the implicit <c>prog.go</c> first, then the named files in order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Split(string body)
    {
        var files = new List<KeyValuePair<string, string>>();
        string? name = null;
        var text = new System.Text.StringBuilder();
        void Flush()
        {
            var data = text.ToString();
            if (name is not null)
            {
                // txtar adds the final newline a file's last line lacks.
                files.Add(new(name, data.Length > 0 && !data.EndsWith('\n') ? data + "\n" : data));
            }
            else if (data.Trim().Length > 0)
            {
                files.Add(new(ProgName, data));
            }
            text.Clear();
        }
        for (var start = 0; start < body.Length;)
        {
            var end = body.IndexOf('\n', start);
            var next = end < 0 ? body.Length : end + 1;
            var line = body[start..next];
            var content = line.TrimEnd('\n');
            if (content.StartsWith("-- ", StringComparison.Ordinal) && content.EndsWith(" --", StringComparison.Ordinal) && content.Length > 6 && content[3..^3].Trim().Length > 0)
            {
                Flush();
                name = content[3..^3].Trim();
            }
            else
            {
                text.Append(line);
            }
            start = next;
        }
        Flush();
        return files;
    }

    public static PlaygroundSandbox Create(string body)
    {
        var files = Split(body).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var isTest = files.TryGetValue(ProgName, out var prog) && GoSource.IsTestProgram(prog);
        if (isTest)
        {
            files.Remove(ProgName);
            files[ProgTestName] = prog!;
        }
        files.TryAdd("go.mod", GoWorkspace.ModuleFile);
        var directory = Path.Combine(Path.GetTempPath(), "studyguide-sandbox-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(directory);
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(directory, name), text);
        }
        return new PlaygroundSandbox(directory, files, isTest);
    }

    /// <summary>Tool output with the folder's path removed, as the Playground shows it.</summary>
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
