using System.Globalization;
using System.Text;

namespace StudyGuide.Fuzzing;

/// <summary>A case that crashed or hung, with where it was kept and how to run it again.</summary>
public sealed record FailedCase(FuzzCase Case, Verdict Verdict, string Folder);

/// <summary>A case and how long its build took.</summary>
public sealed record TimedCase(FuzzCase Case, double Seconds);

/// <summary>The figures of a run: what <c>fuzz</c> prints and docs/reliability.md quotes.</summary>
/// <param name="BuildSeconds">Each case's build time but the hangs', for the median and the 99th percentile.</param>
public sealed record FuzzReport(int Cases, ulong Seed, IReadOnlyList<FailedCase> Failures, TimedCase? Slowest, IReadOnlyList<double> BuildSeconds, TimeSpan Duration, int Workers, string FailuresFolder)
{
    public IReadOnlyList<FailedCase> Crashes => Failures.Where(f => f.Verdict.Kind == VerdictKind.Crash).ToList();

    public IReadOnlyList<FailedCase> Hangs => Failures.Where(f => f.Verdict.Kind == VerdictKind.Hang).ToList();

    public override string ToString()
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"cases: {Cases}");
        text.AppendLine(inv, $"crashes: {Crashes.Count}");
        text.AppendLine(inv, $"hangs: {Hangs.Count}");
        if (Slowest is { } slowest)
        {
            text.AppendLine(inv, $"slowest: case {slowest.Case.Index} ({slowest.Case.Names}) {slowest.Seconds:F2} s: {slowest.Case.Describe()}");
        }
        if (BuildSeconds.Count > 0)
        {
            var sorted = BuildSeconds.Order().ToList();
            text.AppendLine(inv, $"build time per case: median {sorted[sorted.Count / 2]:F2} s, 99th percentile {sorted[(int)(sorted.Count * 0.99)]:F2} s");
        }
        text.AppendLine(inv, $"seed: {Seed}");
        text.AppendLine(inv, $"duration: {Duration.TotalSeconds:F0} s ({Workers} worker{(Workers == 1 ? "" : "s")}, {Environment.ProcessorCount} cores)");
        if (Failures.Count > 0)
        {
            text.AppendLine(inv, $"failing cases, kept in {FailuresFolder}:");
            foreach (var failure in Failures.OrderBy(f => f.Case.Index))
            {
                text.AppendLine(inv, $"  {Line(failure)}");
            }
            text.AppendLine("by mutation:");
            foreach (var group in Failures.GroupBy(f => $"{f.Verdict.Kind.ToString().ToLowerInvariant()} {f.Case.Names}").OrderByDescending(g => g.Count()))
            {
                text.AppendLine(inv, $"  {group.Count(),5}  {group.Key}");
            }
        }
        return text.ToString();
    }

    public string Line(FailedCase failure) =>
        $"case {failure.Case.Index} {failure.Verdict.Kind.ToString().ToLowerInvariant()}: {failure.Verdict.Reason} [{failure.Case.Describe()}] (fuzz --seed {Seed} --case {failure.Case.Index})";
}
