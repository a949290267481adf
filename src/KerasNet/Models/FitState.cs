using KerasNet.Backend;
using KerasNet.Callbacks;

namespace KerasNet.Models;

/// <summary>
/// What a running <c>Fit</c> carries from epoch to epoch besides the weights and the optimizer: its history, its
/// data-order generator and the epoch it trains next. A training checkpoint saves it; restoring it resumes the fit.
/// </summary>
internal sealed class FitState(History history, DataRandom dataRandom, int nextEpoch, int trainSamples, int batchSize)
{
    /// <summary>The curves so far.</summary>
    public History History { get; } = history;

    /// <summary>The generator the epochs' sample orders are drawn from.</summary>
    public DataRandom DataRandom { get; } = dataRandom;

    /// <summary>The 0-based epoch the loop trains next (the number of epochs done).</summary>
    public int NextEpoch { get; set; } = nextEpoch;

    /// <summary>The samples an epoch visits (a checkpoint belongs to a fit of the same data).</summary>
    public int TrainSamples { get; } = trainSamples;

    /// <summary>The batch size (a checkpoint belongs to a fit of the same batches).</summary>
    public int BatchSize { get; } = batchSize;
}
