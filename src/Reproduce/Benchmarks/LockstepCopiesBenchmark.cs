using System.Diagnostics;
using KerasNet.Backend;
using KerasNet.Models;

namespace KerasNet.Reproduce.Benchmarks;

/// <summary>
/// Where a lockstep step's time goes: epochs of <see cref="Lockstep.Fit"/> with 1, 2, 4 and 8 copies of one dense model,
/// interleaved with epochs of one plain <c>Fit</c>, on the same synthetic data; medians. The lockstep times against the
/// number of copies split a step into what the copies share (the framework's per-step work, paid once) and what each
/// copy adds (its own products, gradients, update and bookkeeping), which bounds what any number of copies can gain.
/// </summary>
public sealed class LockstepCopiesBenchmark(int samples, int epochs, int threads, Action<string> report)
{
    /// <summary>The numbers of copies timed.</summary>
    public static IReadOnlyList<int> CopyCounts { get; } = [1, 2, 4, 8];

    /// <summary>Times one model at one batch size with SGD (lr 0.01).</summary>
    public LockstepCopiesResult Run(string modelName, int batchSize)
    {
        Engine.SetThreads(threads);
        var (x, y) = SeedsBenchmark.SyntheticData(modelName, samples);
        var plain = SeedsBenchmark.Build(modelName, 1);
        var copies = CopyCounts.Select(k => Enumerable.Range(1, k).Select(seed => new LockstepCopy(SeedsBenchmark.Build(modelName, seed), seed)).ToList()).ToList();
        var fit = new List<double>();
        var lockstep = CopyCounts.Select(_ => new List<double>()).ToList();
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            plain.Fit(x, y, batchSize: batchSize, epochs: 1);
            fit.Add(clock.Elapsed.TotalSeconds);
            for (int i = 0; i < CopyCounts.Count; i++)
            {
                clock.Restart();
                Lockstep.Fit(copies[i], x, y, batchSize: batchSize, epochs: 1);
                lockstep[i].Add(clock.Elapsed.TotalSeconds);
            }

            report($"  {modelName} batch {batchSize} epoch {epoch + 1}/{epochs}: one Fit {fit[^1]:F3} s; lockstep {string.Join(", ", CopyCounts.Select((k, i) => $"{k} copies {lockstep[i][^1]:F3} s"))}");
        }

        return new LockstepCopiesResult(modelName, batchSize, samples, epochs, SeedsBenchmark.Median(fit), [.. CopyCounts.Select((k, i) => (k, SeedsBenchmark.Median(lockstep[i])))]);
    }
}
