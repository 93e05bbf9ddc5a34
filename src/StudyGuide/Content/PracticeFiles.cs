namespace StudyGuide.Content;

/// <summary>
/// The naming rule of a coding question's practice files, declared once. In the bank's folder they
/// sit beside the reference solution as <c>&lt;bank&gt;/&lt;id&gt;.starter.go</c> and
/// <c>&lt;bank&gt;/&lt;id&gt;_test.go</c> (the bank file's <c>starter</c> and <c>tests</c> keys name them, like
/// <c>code</c>). Wherever they run (the verifier, the page's Check, a reader's download) they form one
/// module: the reader's code as <see cref="SolutionFileName"/>, the tests as <see cref="TestsFileName"/>,
/// and <see cref="ModuleFile"/>.
/// </summary>
public static class PracticeFiles
{
    /// <summary>The bank file's key for the starter, and the one for the tests.</summary>
    public const string StarterKey = "starter";

    public const string TestsKey = "tests";

    /// <summary>Where the starter of question <paramref name="id"/> of bank <paramref name="bankId"/> is, relative to the bank file.</summary>
    public static string StarterPath(string bankId, string id) => $"{bankId}/{id}.starter.go";

    /// <summary>Where its tests are, relative to the bank file.</summary>
    public static string TestsPath(string bankId, string id) => $"{bankId}/{id}_test.go";

    /// <summary>The file the reader's code (at first the starter) is in, on the page and in the module.</summary>
    public const string SolutionFileName = "solution.go";

    /// <summary>The tests' file name on the page and in the module: the id with underscores (<c>two_sum_test.go</c>).</summary>
    public static string TestsFileName(string id) => id.Replace('-', '_') + "_test.go";

    /// <summary>The <c>go.mod</c> of the module the three files are run in.</summary>
    public const string ModuleFile = "module practice\n\ngo 1.19\n";
}
