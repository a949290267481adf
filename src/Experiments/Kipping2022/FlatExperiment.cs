using KerasNet.Experiments.Configuration;

namespace KerasNet.Experiments.Kipping2022;

/// <summary>
/// <c>kipping2022/flat</c> (§2.4.1): a one-hidden-layer net with 256 and with 16384 units.
/// </summary>
public sealed class FlatExperiment(ExperimentConfig config) : ImageClassificationExperiment(config)
{
    /// <summary>The experiment name.</summary>
    public const string ExperimentName = "kipping2022/flat";
}
