using StudyGuide.Pipeline;
using StudyGuide.Tests.Infrastructure;

namespace StudyGuide.Tests.Build;

/// <summary>Runs alone, after the parallel tests, so the managed heap it measures is its own.</summary>
[CollectionDefinition(nameof(MeasuresTheHeap), DisableParallelization = true)]
public sealed class MeasuresTheHeap;

/// <summary>
/// A finished build leaves nothing of itself reachable: the preview server rebuilds in one process on
/// every save, and the fuzzer builds thousands of cases in one worker. Pools kept in a ConcurrentBag
/// (thread-local storage of the thread pool's threads) once kept every build's templates and site
/// view alive, and a fuzz worker ran out of memory after about 2,000 builds.
/// </summary>
[Collection(nameof(MeasuresTheHeap))]
public sealed class BuildMemoryTests : SampleContentTest
{
    private void Build(string name)
    {
        var result = new SiteBuilder().Build(new BuildOptions(Content.Root, RepoPaths.Theme, Temp.Combine(name), Search: false));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Repeated_builds_in_one_process_do_not_accumulate_memory()
    {
        Build("warm-up");
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var sizes = new List<long>();
        for (var n = 0; n < 20; n++)
        {
            Build($"build-{n}");
            sizes.Add(GC.GetTotalMemory(forceFullCollection: true) - before);
        }

        // A leak grows with every build; noise does not. Compare the last builds with the first ones.
        var early = sizes.Take(5).Average();
        var late = sizes.TakeLast(5).Average();
        Assert.True(late - early < 256 * 1024, $"the heap grew by {(late - early) / 1024:N0} KiB over 15 builds: {string.Join(", ", sizes.Select(s => s / 1024))} KiB");
    }
}
