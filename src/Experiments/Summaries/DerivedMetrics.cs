using KerasNet.Experiments.Records;

namespace KerasNet.Experiments.Summaries;

/// <summary>Metrics the summary computes from each record's logged ones, so that claims can name them.</summary>
public static class DerivedMetrics
{
    /// <summary>Training minus validation accuracy at the same epoch: how far the net fits the training data beyond what generalizes.</summary>
    public const string GeneralizationGap = "generalization_gap";

    /// <summary>Accuracy on the whole training set minus accuracy on the test set, both evaluated at the same point (runs that evaluate both).</summary>
    public const string TrainTestGap = "train_test_gap";

    /// <summary>
    /// Every metric a reference or claim can name: what training logs (Keras's loss and accuracy, on the training and the
    /// validation data; loss and accuracy on the whole training set and on the test set where a run evaluates them) and
    /// the derived ones.
    /// </summary>
    public static IReadOnlyList<string> Checkable { get; } =
        ["loss", "accuracy", "val_loss", "val_accuracy", "train_loss", "train_accuracy", "test_loss", "test_accuracy", GeneralizationGap, TrainTestGap];

    /// <summary>The epoch's metrics with the derived ones added where their inputs were logged.</summary>
    public static EpochRecord WithDerived(EpochRecord epoch)
    {
        ArgumentNullException.ThrowIfNull(epoch);
        var metrics = new Dictionary<string, double>(epoch.Metrics);
        if (epoch.Metrics.TryGetValue("accuracy", out double training) && epoch.Metrics.TryGetValue("val_accuracy", out double validation))
        {
            metrics[GeneralizationGap] = training - validation;
        }

        if (epoch.Metrics.TryGetValue("train_accuracy", out double wholeTraining) && epoch.Metrics.TryGetValue("test_accuracy", out double test))
        {
            metrics[TrainTestGap] = wholeTraining - test;
        }

        return metrics.Count == epoch.Metrics.Count ? epoch : epoch with { Metrics = metrics };
    }
}
