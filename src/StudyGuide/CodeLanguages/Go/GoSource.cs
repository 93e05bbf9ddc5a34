using System.Text.RegularExpressions;

namespace StudyGuide.CodeLanguages.Go;

/// <summary>What kind of program a Go file is, decided the way the Go Playground decides it, and what the file asks of the checks.</summary>
internal static partial class GoSource
{
    /// <summary>The comment that declares a program meant to show a data race: <c>check --go</c> runs it with <c>-race</c> and requires a report.</summary>
    public const string ExpectRaceDirective = "//studyguide:expect-race";

    /// <summary>
    /// A test program: no top-level <c>func main</c> and at least one <c>func TestX(t *testing.T)</c>.
    /// The Playground (golang/playground sandbox.go, <c>getTestProg</c>) runs such a file as tests; a
    /// file with <c>main</c> is always run as a program. "TestX" means Test followed by nothing or a
    /// character that is not a lower-case letter, as <c>isTest</c> there says.
    /// </summary>
    public static bool IsTestProgram(string code) => !MainFunction().IsMatch(code) && TestFunction().IsMatch(code);

    /// <summary>The 1-based line of a top-level <c>func main()</c>, or null when the file has none.</summary>
    public static int? MainLine(string code) => LineOfMatch(code, MainFunction());

    /// <summary>The 1-based line of the first call of <c>Parallel()</c> (as in <c>t.Parallel()</c>), or null.</summary>
    public static int? ParallelLine(string code) => LineOfMatch(code, ParallelCall());

    private static int? LineOfMatch(string code, Regex regex)
    {
        var match = regex.Match(code);
        return match.Success ? LineOf(code, match.Index) : null;
    }

    /// <summary>The 1-based line of the <see cref="ExpectRaceDirective"/> comment (alone on its line), or null when the file has none.</summary>
    public static int? ExpectRaceLine(string code) => LineOfMatch(code, ExpectRace());

    /// <summary>
    /// The newest Go release a <c>//go:build</c> line above the package clause asks for, such as
    /// <c>(3, 23)</c> for <c>//go:build go1.23</c> on line 3; null when the file has no such line.
    /// Negated terms (<c>!go1.23</c>) ask for nothing.
    /// </summary>
    public static (int Line, int Minor)? RequiredRelease(string code)
    {
        var package = PackageClause().Match(code);
        var header = package.Success ? code[..package.Index] : code;
        var build = BuildLine().Match(header);
        if (!build.Success)
        {
            return null;
        }
        var releases = ReleaseTag().Matches(build.Groups["expr"].Value).Select(m => int.Parse(m.Groups["minor"].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return releases.Count == 0 ? null : (LineOf(code, build.Index), releases.Max());
    }

    /// <summary>The minor release of a Go version string such as <c>go1.19.8</c> or <c>go1.26rc1</c>; null when it names none.</summary>
    public static int? MinorRelease(string version)
    {
        var match = Version().Match(version);
        return match.Success ? int.Parse(match.Groups["minor"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static int LineOf(string code, int index) => code.AsSpan(0, index).Count('\n') + 1;

    [GeneratedRegex(@"^func\s+main\s*\(\s*\)", RegexOptions.Multiline)]
    private static partial Regex MainFunction();

    [GeneratedRegex(@"^func\s+Test(?![\p{Ll}])\w*\s*\(\s*\w+\s+\*\s*(?:\w+\.)?T\s*\)", RegexOptions.Multiline)]
    private static partial Regex TestFunction();

    [GeneratedRegex(@"\.Parallel\(\)")]
    private static partial Regex ParallelCall();

    [GeneratedRegex(@"^//studyguide:expect-race[ \t]*\r?$", RegexOptions.Multiline)]
    private static partial Regex ExpectRace();

    [GeneratedRegex(@"^package\s", RegexOptions.Multiline)]
    private static partial Regex PackageClause();

    [GeneratedRegex(@"^//go:build\s+(?<expr>.*)$", RegexOptions.Multiline)]
    private static partial Regex BuildLine();

    [GeneratedRegex(@"(?<![!\w.])go1\.(?<minor>\d+)\b")]
    private static partial Regex ReleaseTag();

    [GeneratedRegex(@"go1\.(?<minor>\d+)")]
    private static partial Regex Version();
}
