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
public sealed record SeedsBenchmarkResult(string Model, int BatchSize, int Samples, int Seeds, double SequentialSecondsPerSeed, double LockstepSecondsPerSeed, int Epochs)
{
    /// <summary>Lockstep time over sequential time.</summary>
    public double Ratio => LockstepSecondsPerSeed / SequentialSecondsPerSeed;

    /// <summary>The markdown row.</summary>
    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"| {Model} | {BatchSize} | {Samples} | {Seeds} | {SequentialSecondsPerSeed:F3} | {LockstepSecondsPerSeed:F3} | {Ratio:F2} | {1 / Ratio:F1}× |");

    /// <summary>The markdown table header.</summary>
    public const string Header = "| model | batch | samples | seeds | sequential s/epoch/seed | lockstep s/epoch/seed | lockstep / sequential | speedup |\n|---|---|---|---|---|---|---|---|";
}
