using System.Text.RegularExpressions;

namespace StudyGuide.Verification;

/// <summary>What kind of program a Go file is, decided the way the Go Playground decides it.</summary>
public static partial class GoSource
{
    /// <summary>
    /// A test program: no top-level <c>func main</c> and at least one <c>func TestX(t *testing.T)</c>.
    /// The Playground (golang/playground sandbox.go, <c>getTestProg</c>) runs such a file as tests; a
    /// file with <c>main</c> is always run as a program. "TestX" means Test followed by nothing or a
    /// character that is not a lower-case letter, as <c>isTest</c> there says.
    /// </summary>
    public static bool IsTestProgram(string code) => !MainFunction().IsMatch(code) && TestFunction().IsMatch(code);

    [GeneratedRegex(@"^func\s+main\s*\(\s*\)", RegexOptions.Multiline)]
    private static partial Regex MainFunction();

    [GeneratedRegex(@"^func\s+Test(?![\p{Ll}])\w*\s*\(\s*\w+\s+\*\s*(?:\w+\.)?T\s*\)", RegexOptions.Multiline)]
    private static partial Regex TestFunction();
}
