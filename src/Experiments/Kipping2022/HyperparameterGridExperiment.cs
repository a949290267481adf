using KerasNet.Experiments.Configuration;

namespace KerasNet.Experiments.Kipping2022;

/// <summary>
/// <c>kipping2022/hyperparameter-grid</c> (§2.3): the baseline CNN under every learning rate × batch size of the
/// report's table, 20 epochs; the 5-epoch block is read at epoch 5 of the same runs.
/// </summary>
public sealed class HyperparameterGridExperiment(ExperimentConfig config) : ImageClassificationExperiment(config)
{
    /// <summary>The experiment name.</summary>
    public const string ExperimentName = "kipping2022/hyperparameter-grid";
}
