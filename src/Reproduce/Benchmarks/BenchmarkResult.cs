namespace KerasNet.Reproduce.Benchmarks;

/// <summary>One model's measurements (medians over the interleaved epochs).</summary>
/// <param name="Model">Catalog model name.</param>
/// <param name="BatchSize">Training batch size.</param>
/// <param name="Samples">Training samples per epoch.</param>
/// <param name="KerasNetEpochSeconds">Median seconds per epoch with KerasNet's Fit.</param>
/// <param name="PlainEpochSeconds">Median seconds per epoch with the plain TorchSharp loop.</param>
/// <param name="InferenceImagesPerSecond">KerasNet Predict throughput.</param>
/// <param name="TrainingGigaFlops">Achieved training GFLOP/s (analytic count / KerasNet epoch time).</param>
/// <param name="PeakMemoryMegabytes">Peak resident memory while this model ran (VmHWM after resetting it).</param>
/// <param name="Epochs">Number of epochs timed on each side.</param>
public sealed record BenchmarkResult(
    string Model,
    int BatchSize,
    int Samples,
    double KerasNetEpochSeconds,
    double PlainEpochSeconds,
    double InferenceImagesPerSecond,
    double TrainingGigaFlops,
    double PeakMemoryMegabytes,
    int Epochs)
{
    /// <summary>KerasNet time over plain time (the overhead factor).</summary>
    public double Ratio => KerasNetEpochSeconds / PlainEpochSeconds;

    /// <summary>Training images per second with KerasNet.</summary>
    public double TrainingImagesPerSecond => Samples / KerasNetEpochSeconds;
}
