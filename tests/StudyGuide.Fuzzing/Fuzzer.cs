using System.Diagnostics;
using System.Globalization;

namespace StudyGuide.Fuzzing;

/// <summary>
/// The parent of a fuzzing run: generates each case, writes it to disk, hands it to a free
/// worker process, and judges the answer (<see cref="Verdict"/>). A case that passes the time
/// limit has its worker killed and is run once more on a fresh, warmed-up worker (a busy
/// machine can stall one build); over the limit again, it is a hang. Crashing and hanging cases
/// are kept under <see cref="FuzzOptions.FailuresFolder"/> with a <c>case.txt</c>; the others are deleted.
/// </summary>
public sealed class Fuzzer(FuzzOptions options, TextWriter log)
{
    /// <summary>Generous: a worker's first build pays for starting .NET and JIT-compiling the whole pipeline.</summary>
    private static readonly TimeSpan WarmUpLimit = TimeSpan.FromMinutes(2);

    private readonly SourceInput _source = SourceInput.Read(options.Input);
    private readonly Lock _lock = new();
    private readonly List<FailedCase> _failures = [];
    private readonly List<double> _buildSeconds = [];
    private TimedCase? _slowest;
    private int _next = -1;
    private int _done;

    public FuzzReport Run()
    {
        var clock = Stopwatch.StartNew();
        var generator = new CaseGenerator(_source);
        Directory.CreateDirectory(options.FailuresFolder);
        var indices = options.OnlyCase is { } only ? [only] : Enumerable.Range(0, options.Cases).ToArray();
        var workers = Math.Max(1, Math.Min(options.Workers, indices.Length));
        log.WriteLine($"fuzz: {indices.Length} case{(indices.Length == 1 ? "" : "s")}, seed {options.Seed}, {workers} worker{(workers == 1 ? "" : "s")}, limit {options.Timeout.TotalSeconds:0.#} s, in {options.WorkFolder}");
        var threads = Enumerable.Range(0, workers).Select(n => new Thread(() => Work(n, generator, indices)) { IsBackground = true }).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        return new FuzzReport(indices.Length, options.Seed, _failures, _slowest, _buildSeconds, clock.Elapsed, workers, options.FailuresFolder);
    }

    /// <summary>One worker's loop: takes the next case index until there are none left.</summary>
    private void Work(int number, CaseGenerator generator, int[] indices)
    {
        var scratch = Path.Combine(options.WorkFolder, $"worker-{number}");
        var worker = StartWorker(scratch);
        try
        {
            for (var next = Interlocked.Increment(ref _next); next < indices.Length; next = Interlocked.Increment(ref _next))
            {
                var fuzzCase = generator.Case(options.Seed, indices[next]);
                var folder = Path.Combine(options.WorkFolder, "cases", fuzzCase.Index.ToString(CultureInfo.InvariantCulture));
                fuzzCase.WriteTo(folder, _source);
                var verdict = Verdict.Of(worker.Run(folder, options.Timeout), options.Timeout);
                if (verdict.Kind == VerdictKind.Hang)
                {
                    worker.Dispose();
                    worker = StartWorker(scratch);
                    verdict = Verdict.Of(worker.Run(folder, options.Timeout), options.Timeout);
                }
                if (verdict.Kind is VerdictKind.Hang || (verdict.Kind is VerdictKind.Crash && verdict.Reason.StartsWith("worker process died", StringComparison.Ordinal)))
                {
                    worker.Dispose();
                    worker = StartWorker(scratch);
                }
                Record(fuzzCase, verdict, folder);
            }
        }
        finally
        {
            worker.Dispose();
        }
    }

    /// <summary>A new worker, warmed up on the unmodified input so its first case is not judged on JIT time.</summary>
    private WorkerProcess StartWorker(string scratch)
    {
        var warmUp = Path.Combine(scratch, "warm-up");
        if (!Directory.Exists(warmUp))
        {
            _source.WriteTo(Path.Combine(warmUp, "input"));
        }
        var worker = new WorkerProcess(Path.GetFullPath(options.Theme), Path.Combine(scratch, "_site"));
        var verdict = Verdict.Of(worker.Run(warmUp, WarmUpLimit), WarmUpLimit);
        if (verdict.Kind != VerdictKind.Built)
        {
            worker.Dispose();
            throw new InvalidOperationException($"the unmodified input does not build in a fuzz worker: {verdict.Reason}\n{verdict.Details}");
        }
        return worker;
    }

    private void Record(FuzzCase fuzzCase, Verdict verdict, string folder)
    {
        var kept = options.OnlyCase is not null || verdict.Failed;
        var keptFolder = folder;
        if (verdict.Failed)
        {
            keptFolder = Path.Combine(options.FailuresFolder, $"case-{fuzzCase.Index}");
            if (Directory.Exists(keptFolder))
            {
                Directory.Delete(keptFolder, recursive: true);
            }
            Directory.Move(folder, keptFolder);
        }
        if (kept)
        {
            File.WriteAllText(Path.Combine(keptFolder, "case.txt"),
                $"seed {options.Seed} case {fuzzCase.Index}: {fuzzCase.Describe()}\n{verdict.Kind}: {verdict.Reason} ({verdict.Seconds:F2} s)\n{verdict.Details}\n");
        }
        else
        {
            Directory.Delete(folder, recursive: true);
        }
        lock (_lock)
        {
            if (verdict.Failed)
            {
                var failure = new FailedCase(fuzzCase, verdict, keptFolder);
                _failures.Add(failure);
                log.WriteLine($"{verdict.Kind.ToString().ToLowerInvariant()}: case {fuzzCase.Index}: {verdict.Reason} [{fuzzCase.Describe()}] in {keptFolder}");
            }
            if (verdict.Kind != VerdictKind.Hang)
            {
                _buildSeconds.Add(verdict.Seconds);
            }
            if (verdict.Kind != VerdictKind.Hang && (_slowest is null || verdict.Seconds > _slowest.Seconds))
            {
                _slowest = new TimedCase(fuzzCase, verdict.Seconds);
            }
            if (options.OnlyCase is not null)
            {
                log.WriteLine($"case {fuzzCase.Index} [{fuzzCase.Describe()}]: {verdict.Kind.ToString().ToLowerInvariant()} in {verdict.Seconds:F2} s {verdict.Reason}; its folder: {keptFolder}");
            }
            if (++_done % 500 == 0)
            {
                log.WriteLine($"  {_done} cases, {_failures.Count(f => f.Verdict.Kind == VerdictKind.Crash)} crashes, {_failures.Count(f => f.Verdict.Kind == VerdictKind.Hang)} hangs");
            }
        }
    }
}
