using StudyGuide.CodeLanguages.Go;

namespace StudyGuide.Tests.Verification;

/// <summary>Reading positions out of Go tool output (the shapes come from Go 1.19's go build, go vet, gofmt and go test).</summary>
public sealed class GoOutputParserTests
{
    [Fact]
    public void Compiler_and_vet_lines_give_line_column_and_message()
    {
        var output = "# play\n./prog.go:14:2: undefined: x\nvet: ./prog.go:3:8: \"os\" imported and not used\n";
        Assert.Equal(
            [new GoMessage(14, 2, "undefined: x"), new GoMessage(3, 8, "\"os\" imported and not used")],
            GoOutputParser.Parse(output, "prog.go"));
    }

    [Fact]
    public void Indented_details_are_joined_to_their_message()
    {
        var output = "./prog.go:9:9: cannot use s (variable of type S) as I value:\n\tS does not implement I (missing method M)\n";
        var message = Assert.Single(GoOutputParser.Parse(output, "prog.go"));
        Assert.Equal("cannot use s (variable of type S) as I value: S does not implement I (missing method M)", message.Text);
    }

    [Fact]
    public void Lines_about_other_files_are_ignored()
    {
        Assert.Empty(GoOutputParser.Parse("/usr/lib/go/src/fmt/print.go:10:2: something\n", "prog.go"));
    }

    [Fact]
    public void Test_failures_name_the_test_and_take_column_1()
    {
        var output = "=== RUN   TestAdd\n    prog_test.go:9: add(2, 2) = 4, want 5\n--- FAIL: TestAdd (0.00s)\nFAIL\n";
        Assert.Equal([new GoMessage(9, 1, "TestAdd failed: add(2, 2) = 4, want 5")], GoOutputParser.Parse(output, "prog_test.go"));
    }

    [Fact]
    public void Panic_line_is_the_first_frame_in_the_file()
    {
        var stderr = "panic: boom\n\ngoroutine 1 [running]:\nmain.f(...)\n\t/tmp/studyguide-go-1/prog.go:12\nmain.main()\n\t/tmp/studyguide-go-1/prog.go:20 +0x1d\nexit status 2\n";
        Assert.Equal(12, GoOutputParser.PanicLine(stderr, "prog.go"));
        Assert.Null(GoOutputParser.PanicLine("exit status 1\n", "prog.go"));
    }
}
