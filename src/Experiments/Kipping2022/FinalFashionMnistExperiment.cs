using KerasNet.Experiments.Configuration;

namespace KerasNet.Experiments.Kipping2022;

/// <summary>
/// <c>kipping2022/final-fashion-mnist</c> (§3, feeding §4): the baseline CNN against the final model on Fashion-MNIST.
/// </summary>
public sealed class FinalFashionMnistExperiment(ExperimentConfig config) : ImageClassificationExperiment(config)
{
    /// <summary>The experiment name.</summary>
    public const string ExperimentName = "kipping2022/final-fashion-mnist";
}
