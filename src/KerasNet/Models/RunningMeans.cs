using KerasNet.Metrics;
using TorchSharp;
using static TorchSharp.torch;

namespace KerasNet.Models;

/// <summary>
/// Sample-weighted running means of the loss and metrics over an epoch, per model trained (one, or the copies of
/// <see cref="Lockstep"/>), accumulated on the device in float64 so reading them (a synchronisation) is needed only when
/// someone asks.
/// </summary>
internal sealed class RunningMeans : IDisposable
{
    private readonly IReadOnlyList<Metric> metrics;
    private readonly int copies;
    private readonly Tensor lossSums;
    private readonly Tensor[] metricSums;

    /// <summary>The alpha of the metric sums' <c>add_</c>, held for the object's life: a temporary Scalar could be finalized while libtorch reads it.</summary>
    private readonly Scalar one = 1.0.ToScalar();
    private long count;

    public RunningMeans(IReadOnlyList<Metric> metrics, int copies = 1)
    {
        this.metrics = metrics;
        this.copies = copies;
        lossSums = zeros(copies, dtype: ScalarType.Float64, device: Backend.Engine.Device).DetachFromDisposeScope();
        metricSums = metrics.Select(_ => zeros(copies, dtype: ScalarType.Float64, device: Backend.Engine.Device).DetachFromDisposeScope()).ToArray();
    }

    /// <summary>
    /// Adds one step of <paramref name="samples"/> samples per copy: each copy's mean loss (a scalar for one model, shape
    /// <c>(copies)</c> for several), and targets and predictions with the copies' samples one after the other.
    /// </summary>
    public void Add(Tensor losses, Tensor target, Tensor prediction, int samples)
    {
        using (no_grad())
        {
            using var weight = ((double)samples).ToScalar();
            lossSums.add_(losses.detach(), weight);
            for (int i = 0; i < metrics.Count; i++)
            {
                metricSums[i].add_(metrics[i].PerSample(target, prediction.detach()).reshape(copies, samples).sum(1), one);
            }
        }

        count += samples;
    }

    /// <summary>The means so far of copy <paramref name="copy"/> (the model, when there is one).</summary>
    public IReadOnlyDictionary<string, double> Means(int copy = 0)
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
        one.Dispose();
        foreach (var sum in metricSums)
        {
            sum.Dispose();
        }
    }
}
