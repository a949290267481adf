using KerasNet.Experiments.Configuration;

namespace KerasNet.Experiments.Kipping2022;

/// <summary>
/// <c>kipping2022/deeper</c> (§2.4.2): the baseline CNN against the deeper CNN on CIFAR-10, 50 epochs.
/// </summary>
public sealed class DeeperExperiment(ExperimentConfig config) : ImageClassificationExperiment(config)
{
    /// <summary>The experiment name.</summary>
    public const string ExperimentName = "kipping2022/deeper";
}
