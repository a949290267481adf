using KerasNet.Metrics;
using TorchSharp;
using static TorchSharp.torch;

namespace KerasNet.Models;

/// <summary>
/// <see cref="RunningMeans"/> of k copies at once: per copy, the sample-weighted running means of its loss and metrics
/// over the epoch, accumulated in float64 on the device.
/// </summary>
internal sealed class StackedRunningMeans : IDisposable
{
    private readonly IReadOnlyList<Metric> metrics;
    private readonly Tensor lossSums;
    private readonly Tensor[] metricSums;
    private long count;

    public StackedRunningMeans(IReadOnlyList<Metric> metrics, int copies)
    {
        this.metrics = metrics;
        lossSums = zeros(copies, dtype: ScalarType.Float64).DetachFromDisposeScope();
        metricSums = metrics.Select(_ => zeros(copies, dtype: ScalarType.Float64).DetachFromDisposeScope()).ToArray();
    }

    /// <summary>Adds one step: each copy's mean loss <c>(k)</c>, and targets and predictions <c>(k·batch, …)</c>.</summary>
    public void Add(Tensor losses, Tensor target, Tensor prediction, int copies, int samples)
    {
        using (no_grad())
        {
            using var weight = ((double)samples).ToScalar();
            lossSums.add_(losses.detach(), weight);
            for (int i = 0; i < metrics.Count; i++)
            {
                metricSums[i].add_(metrics[i].PerSample(target, prediction.detach()).reshape(copies, samples).sum(1));
            }
        }

        count += samples;
    }

    /// <summary>The means so far of copy <paramref name="copy"/>.</summary>
    public IReadOnlyDictionary<string, double> Means(int copy)
    {
        var logs = new Dictionary<string, double>(StringComparer.Ordinal) { ["loss"] = lossSums[copy].item<double>() / count };
        for (int i = 0; i < metrics.Count; i++)
        {
            logs[metrics[i].Name] = metricSums[i][copy].item<double>() / count;
        }

        return logs;
    }

    public void Dispose()
    {
        lossSums.Dispose();
        foreach (var sum in metricSums)
        {
            sum.Dispose();
        }
    }
}
