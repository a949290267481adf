using KerasNet.Experiments.Configuration;

namespace KerasNet.Experiments.Kipping2022;

/// <summary>
/// <c>kipping2022/batchnorm</c> (§3.3): batch normalization in the baseline and the deeper CNN on CIFAR-10.
/// </summary>
public sealed class BatchNormalizationExperiment(ExperimentConfig config) : ImageClassificationExperiment(config)
{
    /// <summary>The experiment name.</summary>
    public const string ExperimentName = "kipping2022/batchnorm";
}
