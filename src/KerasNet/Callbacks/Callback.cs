using KerasNet.Models;

namespace KerasNet.Callbacks;

/// <summary>Hooks into <see cref="Sequential.Fit"/>, as Keras callbacks do. Logs map names (<c>loss</c>, <c>val_accuracy</c>, ...) to values.</summary>
public abstract class Callback
{
    /// <summary>The model being trained (set by <c>Fit</c>).</summary>
    public Sequential? Model { get; internal set; }

    /// <summary>Called once before the first epoch.</summary>
    public virtual void OnTrainBegin()
    {
    }

    /// <summary>Called once after the last epoch with the last epoch's logs.</summary>
    public virtual void OnTrainEnd(IReadOnlyDictionary<string, double> logs)
    {
    }

    /// <summary>Called before each epoch (0-based).</summary>
    public virtual void OnEpochBegin(int epoch)
    {
    }

    /// <summary>Called after each epoch with its training (and validation) logs.</summary>
    public virtual void OnEpochEnd(int epoch, IReadOnlyDictionary<string, double> logs)
    {
    }

    /// <summary>Called before each training step (Keras's <c>on_train_batch_begin</c>) with the 0-based epoch and batch.</summary>
    public virtual void OnBatchBegin(int epoch, int batch)
    {
    }

    /// <summary>Called after each training step; reading the running logs costs a device synchronisation.</summary>
    public virtual void OnBatchEnd(BatchProgress progress)
    {
    }

    /// <summary>
    /// Called at each of the <c>evaluationsPerEpoch</c> points of an epoch with the fractional epoch
    /// (e.g. 0.05 for the first of 20) and the logs at that point (running training means and validation).
    /// </summary>
    public virtual void OnEvaluation(double epoch, IReadOnlyDictionary<string, double> logs)
    {
    }
}
