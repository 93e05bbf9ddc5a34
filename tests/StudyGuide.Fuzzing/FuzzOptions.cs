namespace StudyGuide.Fuzzing;

/// <param name="Cases">How many cases, numbered from 0.</param>
/// <param name="Seed">Seeds every case's PCG stream: the same seed gives the same cases.</param>
/// <param name="Timeout">A case that takes longer (twice, on a fresh worker) is a hang.</param>
/// <param name="Workers">Worker processes building cases side by side.</param>
/// <param name="Input">The real <c>input/</c> that every case mutates.</param>
/// <param name="Theme">The theme every case is built with.</param>
/// <param name="WorkFolder">Holds the cases while they run, the workers' scratch outputs, and <c>failures/</c>.</param>
/// <param name="OnlyCase">Run this case alone and keep its folder (<c>--case K</c>, to reproduce one).</param>
public sealed record FuzzOptions(int Cases, ulong Seed, TimeSpan Timeout, int Workers, string Input, string Theme, string WorkFolder, int? OnlyCase = null)
{
    /// <summary>Where crashing and hanging cases are kept, one folder each.</summary>
    public string FailuresFolder => Path.Combine(WorkFolder, "failures");
}
