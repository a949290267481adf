using KerasNet.Experiments.Configuration;

namespace KerasNet.Experiments.Nanavati2021;

/// <summary><c>nanavati2021/cnn</c> (§3.1): the report's Keras CNN trained as the tutorial its summary matches trains it.</summary>
public sealed class CnnExperiment(ExperimentConfig config) : ImageClassificationExperiment(config)
{
    /// <summary>The experiment name.</summary>
    public const string ExperimentName = "nanavati2021/cnn";
}
