using KerasNet.Experiments.Configuration;

namespace KerasNet.Experiments.Kipping2022;

/// <summary>
/// <c>kipping2022/wide</c> (§2.4.1): the baseline CNN against the author's wide CNN (conv 128/512, dense 4096).
/// </summary>
public sealed class WideExperiment(ExperimentConfig config) : ImageClassificationExperiment(config)
{
    /// <summary>The experiment name.</summary>
    public const string ExperimentName = "kipping2022/wide";
}
