using StudyGuide.Output;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Hostile;

/// <summary>
/// <c>build --output</c> replaces a folder only when that is safe: never the input or theme
/// folder or one holding them, never a file, never a folder of someone else's files; a previous
/// output, an empty folder and a new one are fine.
/// </summary>
public sealed class OutputFolderTests(PreviousBuild previous) : IClassFixture<PreviousBuild>
{
    /// <summary>Refused as a usage error: one line naming the option, exit 2, no stack trace, and every file of the scratch folder as it was.</summary>
    private static void AssertRefused(HostileInput input, string output, string reason, string theme = "")
    {
        var before = FolderSnapshot.Of(input.Folder);
        var run = input.Run("build", "--theme", theme == "" ? RepoPaths.Theme : theme, "--no-search", "--no-cache", "--output", output);
        Assert.False(run.TimedOut, run.ToString());
        Assert.True(run.Code == 2, run.ToString());
        Assert.Matches($"^studyguide: error: --output '{System.Text.RegularExpressions.Regex.Escape(output)}' {reason}\r?\n$", run.Error);
        HostileInput.AssertNoStackTrace(run);
        FolderSnapshot.AssertSame(before, FolderSnapshot.Of(input.Folder), " in the scratch folder");
        input.AssertPreviousOutputUntouched();
    }

    [Fact]
    public void The_input_folder_is_never_the_output()
    {
        using var input = new HostileInput(previous);
        AssertRefused(input, "input", @"is the input folder \(.*\), which a build must not replace; pass a folder of its own, such as _site");
    }

    [Fact]
    public void A_folder_holding_the_input_folder_is_never_the_output()
    {
        using var input = new HostileInput(previous);
        AssertRefused(input, input.Folder, @"contains the input folder \(.*\), which a build must not replace; .*");
    }

    [Fact]
    public void The_theme_folder_is_never_the_output()
    {
        using var input = new HostileInput(previous);
        var theme = ScratchTheme.CopyInto(input.Folder);
        AssertRefused(input, theme, @"is the theme folder \(.*\), which a build must not replace; .*", theme);
    }

    [Fact]
    public void An_existing_file_is_never_the_output()
    {
        using var input = new HostileInput(previous);
        File.WriteAllText(Path.Combine(input.Folder, "notes.txt"), "mine");
        AssertRefused(input, "notes.txt", "is a file, not a folder; pass the path of a folder .*");
    }

    [Fact]
    public void A_file_where_the_build_record_goes_is_refused_before_anything_is_replaced()
    {
        using var input = new HostileInput(previous);
        Directory.CreateDirectory(Path.Combine(input.Folder, "out"));
        File.WriteAllText(Path.Combine(input.Folder, "out", "obj"), "mine");
        AssertRefused(input, "out/site", @"keeps its build record in .*/out/obj/studyguide, but .*/out/obj \(a file, not a folder\) is in the way; move it, or pass an --output in another folder");
    }

    [Fact]
    public void A_folder_of_files_no_build_wrote_is_refused_and_its_files_survive()
    {
        using var input = new HostileInput(previous);
        var foreign = Path.Combine(input.Folder, "photos");
        Directory.CreateDirectory(foreign);
        File.WriteAllText(Path.Combine(foreign, "holiday.jpg"), "not a site");
        AssertRefused(input, "photos", @"is a folder with files that no build wrote \(every file in it would be deleted\); .*");
        Assert.Equal("not a site", File.ReadAllText(Path.Combine(foreign, "holiday.jpg")));
    }

    [Fact]
    public void Serve_refuses_the_input_folder_as_its_output_before_writing_anything()
    {
        using var input = new HostileInput(previous);
        var before = FolderSnapshot.Of(input.Root);
        var run = input.Run("serve", "--theme", RepoPaths.Theme, "--output", "input", "--port", "0");
        Assert.True(run.Code == 2, run.ToString());
        Assert.StartsWith("studyguide: error: --output 'input' is the input folder", run.Error);
        FolderSnapshot.AssertSame(before, FolderSnapshot.Of(input.Root), " in input/");
    }

    [Fact]
    public void A_previous_output_is_rebuilt_and_marked_outside_the_published_folder()
    {
        using var input = new HostileInput(previous);
        // The previous build is a copy without a marker: recognised by the files every site has.
        Assert.False(File.Exists(OutputFolder.MarkerOf(input.OutputPath)));
        var run = input.Build();
        Assert.True(run.Code == 0, run.ToString());
        Assert.True(File.Exists(OutputFolder.MarkerOf(input.OutputPath)));
        Assert.StartsWith(Path.Combine(input.Folder, "obj"), OutputFolder.MarkerOf(input.OutputPath));

        // A marked output is rebuilt too, even once it no longer looks like a whole site.
        File.Delete(Path.Combine(input.OutputPath, "robots.txt"));
        var again = input.Build();
        Assert.True(again.Code == 0, again.ToString());
        Assert.True(File.Exists(Path.Combine(input.OutputPath, "robots.txt")));
    }

    [Fact]
    public void An_empty_or_new_folder_is_built_into()
    {
        using var input = new HostileInput(previous);
        Directory.CreateDirectory(Path.Combine(input.Folder, "empty"));
        foreach (var output in new[] { "empty", "fresh" })
        {
            var run = input.Build("--output", output);
            Assert.True(run.Code == 0, run.ToString());
            Assert.True(File.Exists(Path.Combine(input.Folder, output, "index.html")));
        }
    }
}
