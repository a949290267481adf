using KerasNet.Experiments.Configuration;

namespace KerasNet.Experiments.Kipping2022;

/// <summary>
/// <c>kipping2022/final-cifar10</c> (§3): the baseline CNN against the final model (batch normalization and dropout 0.25) on CIFAR-10.
/// </summary>
public sealed class FinalCifar10Experiment(ExperimentConfig config) : ImageClassificationExperiment(config)
{
    /// <summary>The experiment name.</summary>
    public const string ExperimentName = "kipping2022/final-cifar10";
}
