using KerasNet.Experiments.Configuration;

namespace KerasNet.Experiments.Kipping2022;

/// <summary>
/// <c>kipping2022/dropout</c> (§3.4): the deeper CNN without and with dropout 0.2 and 0.3 on CIFAR-10.
/// </summary>
public sealed class DropoutExperiment(ExperimentConfig config) : ImageClassificationExperiment(config)
{
    /// <summary>The experiment name.</summary>
    public const string ExperimentName = "kipping2022/dropout";
}
