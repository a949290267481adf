using KerasNet.Experiments.Records;

namespace KerasNet.Experiments.Summaries;

/// <summary>Metrics the summary computes from each record's logged ones, so that claims can name them.</summary>
public static class DerivedMetrics
{
    /// <summary>Training minus validation accuracy at the same epoch: how far the net fits the training data beyond what generalizes.</summary>
    public const string GeneralizationGap = "generalization_gap";

    /// <summary>
    /// Every metric a reference or claim can name: what training logs (Keras's loss and accuracy, on the training and the
    /// validation data) and the derived ones.
    /// </summary>
    public static IReadOnlyList<string> Checkable { get; } = ["loss", "accuracy", "val_loss", "val_accuracy", GeneralizationGap];

    /// <summary>The epoch's metrics with the derived ones added where their inputs were logged.</summary>
    public static EpochRecord WithDerived(EpochRecord epoch)
    {
        ArgumentNullException.ThrowIfNull(epoch);
        if (!epoch.Metrics.TryGetValue("accuracy", out double training) || !epoch.Metrics.TryGetValue("val_accuracy", out double validation))
        {
            return epoch;
        }

        return epoch with { Metrics = new Dictionary<string, double>(epoch.Metrics) { [GeneralizationGap] = training - validation } };
    }
}
