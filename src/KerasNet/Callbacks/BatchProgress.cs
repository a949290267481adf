namespace KerasNet.Callbacks;

/// <summary>Where training is after one step, with the epoch's running logs on demand.</summary>
public sealed class BatchProgress
{
    private readonly Func<IReadOnlyDictionary<string, double>> runningLogs;

    internal BatchProgress(int epoch, int batch, int batchesPerEpoch, Func<IReadOnlyDictionary<string, double>> runningLogs)
    {
        Epoch = epoch;
        Batch = batch;
        BatchesPerEpoch = batchesPerEpoch;
        this.runningLogs = runningLogs;
    }

    /// <summary>The 0-based epoch.</summary>
    public int Epoch { get; }

    /// <summary>The 0-based step within the epoch just finished.</summary>
    public int Batch { get; }

    /// <summary>Steps per epoch.</summary>
    public int BatchesPerEpoch { get; }

    /// <summary>The sample-weighted running means of the loss and metrics so far this epoch (synchronises).</summary>
    public IReadOnlyDictionary<string, double> RunningLogs() => runningLogs();
}
