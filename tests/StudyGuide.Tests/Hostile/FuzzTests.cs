using StudyGuide.Fuzzing;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Hostile;

/// <summary>
/// The fuzzer of the benchmark command <c>fuzz</c>, on a fixed seed: seeded mutations of the
/// real <c>input/</c> (byte flips, deleted and duplicated lines, splices, deep nesting, long
/// lines, alias bombs, control characters, a second YAML document, special files…), each built
/// by <c>studyguide build --no-search</c> in a worker process that is killed when a case passes
/// 5 s. Every case must build or be refused with positioned errors: no exception, no stack
/// trace, no other exit code, no hang.
/// </summary>
public sealed class FuzzTests
{
    /// <summary>Fixed, so a failing case is reproduced with <c>fuzz --seed 12 --case K</c>.</summary>
    private const ulong Seed = 12;

    private const int Cases = 300;

    [Fact]
    public void Seeded_mutations_of_the_input_neither_crash_nor_hang()
    {
        var work = new TempFolder();
        var report = new Fuzzer(new FuzzOptions(Cases, Seed, TimeSpan.FromSeconds(5), Workers: 2, RepoPaths.Input, RepoPaths.Theme, work.Path), TextWriter.Null).Run();
        if (report.Failures.Count == 0)
        {
            // Failing cases stay on disk: the message names their folders.
            work.Dispose();
        }
        Assert.True(report.Failures.Count == 0, report.ToString());
        Assert.Equal(Cases, report.Cases);
    }
}
