using KerasNet.Experiments.Configuration;

namespace KerasNet.Experiments.Kipping2022;

/// <summary>
/// <c>kipping2022/activations</c> (§2.4.3): the baseline CNN with relu, elu, sigmoid and tanh on CIFAR-10.
/// </summary>
public sealed class ActivationsExperiment(ExperimentConfig config) : ImageClassificationExperiment(config)
{
    /// <summary>The experiment name.</summary>
    public const string ExperimentName = "kipping2022/activations";
}
