using KerasNet.Experiments.Configuration;

namespace KerasNet.Experiments.Demo;

/// <summary>
/// <c>demo/fashion-mnist-dense</c>: the harness's demonstration (no report) — a small dense net on the full
/// Fashion-MNIST, a few epochs, four seeds, checked against stated expectations.
/// </summary>
public sealed class FashionMnistDenseExperiment(ExperimentConfig config) : ImageClassificationExperiment(config)
{
    /// <summary>The experiment name.</summary>
    public const string ExperimentName = "demo/fashion-mnist-dense";
}
