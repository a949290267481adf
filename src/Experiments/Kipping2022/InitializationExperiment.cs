using KerasNet.Experiments.Configuration;

namespace KerasNet.Experiments.Kipping2022;

/// <summary>
/// <c>kipping2022/initialization</c> (§2.2): zero, random (he_uniform) and "known data" initialization of the baseline CNN;
/// known data continues the he_uniform run with all but the last two layers frozen.
/// </summary>
public sealed class InitializationExperiment(ExperimentConfig config) : ImageClassificationExperiment(config)
{
    /// <summary>The experiment name.</summary>
    public const string ExperimentName = "kipping2022/initialization";
}
