using KerasNet.Experiments.Configuration;

namespace KerasNet.Experiments.Kipping2022;

/// <summary>
/// <c>kipping2022/leaky-relu</c> (§3.2): relu against leaky ReLU (slope 0.1) in the baseline CNN on CIFAR-10.
/// </summary>
public sealed class LeakyReluExperiment(ExperimentConfig config) : ImageClassificationExperiment(config)
{
    /// <summary>The experiment name.</summary>
    public const string ExperimentName = "kipping2022/leaky-relu";
}
