using System.Globalization;

namespace KerasNet.Reproduce.Benchmarks;

/// <summary>One model's seeds measured both ways (medians over the interleaved epochs).</summary>
/// <param name="Model">Catalog model name.</param>
/// <param name="BatchSize">Training batch size.</param>
/// <param name="Samples">Training samples per epoch.</param>
/// <param name="Seeds">Seeds trained each way.</param>
/// <param name="SequentialSecondsPerSeed">Median seconds per epoch per seed, one <c>Fit</c> after another.</param>
/// <param name="LockstepSecondsPerSeed">Median seconds per epoch per seed in lockstep.</param>
/// <param name="Epochs">Epochs timed each way.</param>
/// <param name="TrainingFlopsPerSample">Analytic training FLOPs of one sample of one seed (<see cref="FlopCounter"/>).</param>
public sealed record SeedsBenchmarkResult(string Model, int BatchSize, int Samples, int Seeds, double SequentialSecondsPerSeed, double LockstepSecondsPerSeed, int Epochs, double TrainingFlopsPerSample)
{
    /// <summary>The markdown table header.</summary>
    public const string Header = "| model | batch | samples | seeds | sequential s/epoch/seed | lockstep s/epoch/seed | lockstep / sequential | speedup | sequential % of fp32 peak | lockstep % of fp32 peak |\n|---|---|---|---|---|---|---|---|---|---|";

    /// <summary>Lockstep time over sequential time.</summary>
    public double Ratio => LockstepSecondsPerSeed / SequentialSecondsPerSeed;

    /// <summary>The markdown row; <paramref name="peakGigaFlops"/> is the fp32 peak of the threads the benchmark ran on.</summary>
    public string Row(double peakGigaFlops) => string.Create(CultureInfo.InvariantCulture,
        $"| {Model} | {BatchSize} | {Samples} | {Seeds} | {SequentialSecondsPerSeed:F3} | {LockstepSecondsPerSeed:F3} | {Ratio:F2} | {1 / Ratio:F1}× | {PercentOfPeak(SequentialSecondsPerSeed, peakGigaFlops):F1} | {PercentOfPeak(LockstepSecondsPerSeed, peakGigaFlops):F1} |");

    private double PercentOfPeak(double secondsPerSeed, double peakGigaFlops) => 100 * TrainingFlopsPerSample * Samples / secondsPerSeed / 1e9 / peakGigaFlops;
}
