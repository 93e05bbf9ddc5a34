using StudyGuide.Diagnostics;

namespace StudyGuide.Pipeline;

/// <summary>How long one stage took, for <c>--timings</c> and the benchmark.</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed);

public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PageCount, IReadOnlyList<StageTiming> Timings)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);

    /// <summary>Pages that went through the templates; fewer than <see cref="PageCount"/> when a repeated build reused unchanged pages.</summary>
    public int PagesRendered { get; init; }

    /// <summary>The loaded content (null when site.yml or the input folder could not be read), for commands that check more of it.</summary>
    public Content.ContentSet? Content { get; init; }

    public TimeSpan Elapsed => Timings.Aggregate(TimeSpan.Zero, (total, t) => total + t.Elapsed);
}
