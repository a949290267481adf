using KerasNet.Metrics;
using TorchSharp;
using static TorchSharp.torch;

namespace KerasNet.Models;

/// <summary>
/// Sample-weighted running means of the loss and metrics over an epoch, accumulated on the device in
/// float64 so reading them (a synchronisation) is needed only when someone asks.
/// </summary>
internal sealed class RunningMeans : IDisposable
{
    private readonly IReadOnlyList<Metric> metrics;
    private readonly Tensor lossSum;
    private readonly Tensor[] metricSums;
    private long count;

    public RunningMeans(IReadOnlyList<Metric> metrics)
    {
        this.metrics = metrics;
        lossSum = zeros(1, dtype: ScalarType.Float64).DetachFromDisposeScope();
        metricSums = metrics.Select(_ => zeros(1, dtype: ScalarType.Float64).DetachFromDisposeScope()).ToArray();
    }

    /// <summary>Adds one batch: its mean loss and per-sample metrics.</summary>
    public void Add(Tensor loss, Tensor target, Tensor prediction, int samples)
    {
        using (no_grad())
        {
            using var weight = ((double)samples).ToScalar();
            lossSum.add_(loss.detach(), weight);
            for (int i = 0; i < metrics.Count; i++)
            {
                metricSums[i].add_(metrics[i].PerSample(target, prediction.detach()).sum());
            }
        }

        count += samples;
    }

    /// <summary>The means so far.</summary>
    public IReadOnlyDictionary<string, double> Means()
    {
        var logs = new Dictionary<string, double>(StringComparer.Ordinal) { ["loss"] = lossSum.item<double>() / count };
        for (int i = 0; i < metrics.Count; i++)
        {
            logs[metrics[i].Name] = metricSums[i].item<double>() / count;
        }

        return logs;
    }

    public void Dispose()
    {
        lossSum.Dispose();
        foreach (var sum in metricSums)
        {
            sum.Dispose();
        }
    }
}
