using KerasNet.Callbacks;

namespace KerasNet.Experiments.Running;

/// <summary>
/// Records the fingerprint (running loss after each of the first steps), forwards progress, and stops a
/// run when cancelled or, for a fingerprint-only run, once the fingerprint is complete. A run resumed from a
/// checkpoint continues the losses <c>recorded</c> before it.
/// </summary>
internal sealed class RunCallback(int fingerprintSteps, IRunProgress? progress, CancellationToken cancellation, bool stopAfterFingerprint, IReadOnlyList<double>? recorded = null) : Callback
{
    private readonly List<double> losses = [.. recorded ?? []];

    public IReadOnlyList<double> Losses => losses;

    public override void OnBatchEnd(BatchProgress batch)
    {
        cancellation.ThrowIfCancellationRequested();
        bool recording = batch.Epoch == 0 && losses.Count < fingerprintSteps;
        bool reporting = progress is not null && (batch.Batch % 20 == 0 || batch.Batch == batch.BatchesPerEpoch - 1);
        if (!recording && !reporting)
        {
            return;
        }

        var logs = batch.RunningLogs();
        if (recording)
        {
            losses.Add(logs["loss"]);
            if (stopAfterFingerprint && losses.Count == fingerprintSteps)
            {
                throw new FingerprintComplete();
            }
        }

        if (reporting)
        {
            progress!.Step(batch.Epoch, batch.Batch, batch.BatchesPerEpoch, logs["loss"], logs.GetValueOrDefault("accuracy", double.NaN));
        }
    }

    /// <summary>Ends a fingerprint-only run early.</summary>
    internal sealed class FingerprintComplete : Exception
    {
    }
}
