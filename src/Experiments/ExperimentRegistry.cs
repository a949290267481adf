using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Demo;
using KerasNet.Experiments.Kipping2022;
using KerasNet.Experiments.Nanavati2021;

namespace KerasNet.Experiments;

/// <summary>Every experiment by name; each is created from its config in <c>configs/</c>.</summary>
public static class ExperimentRegistry
{
    private static readonly Dictionary<string, Func<ExperimentConfig, Experiment>> Factories = new(StringComparer.Ordinal)
    {
        [FashionMnistDenseExperiment.ExperimentName] = config => new FashionMnistDenseExperiment(config),
        [ActivationsExperiment.ExperimentName] = config => new ActivationsExperiment(config),
        [AdversarialExperiment.ExperimentName] = config => new AdversarialExperiment(config),
        [AdversarialExperiment.FashionMnistName] = config => new AdversarialExperiment(config),
        [AttributionExperiment.ExperimentName] = config => new AttributionExperiment(config),
        [DeepDreamExperiment.ExperimentName] = config => new DeepDreamExperiment(config),
        [DeepDreamExperiment.FashionMnistName] = config => new DeepDreamExperiment(config),
        [BatchNormalizationExperiment.ExperimentName] = config => new BatchNormalizationExperiment(config),
        [DeeperExperiment.ExperimentName] = config => new DeeperExperiment(config),
        [DropoutExperiment.ExperimentName] = config => new DropoutExperiment(config),
        [FinalCifar10Experiment.ExperimentName] = config => new FinalCifar10Experiment(config),
        [FinalFashionMnistExperiment.ExperimentName] = config => new FinalFashionMnistExperiment(config),
        [FlatExperiment.ExperimentName] = config => new FlatExperiment(config),
        [HyperparameterGridExperiment.ExperimentName] = config => new HyperparameterGridExperiment(config),
        [InitializationExperiment.ExperimentName] = config => new InitializationExperiment(config),
        [LeakyReluExperiment.ExperimentName] = config => new LeakyReluExperiment(config),
        [WideExperiment.ExperimentName] = config => new WideExperiment(config),
        [CnnExperiment.ExperimentName] = config => new CnnExperiment(config),
        [FeatureMapsExperiment.ExperimentName] = config => new FeatureMapsExperiment(config),
        [SpectraExperiment.ExperimentName] = config => new SpectraExperiment(config),
    };

    /// <summary>The registered experiment names, sorted.</summary>
    public static IReadOnlyList<string> Names => [.. Factories.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Creates an experiment from <c>configs/&lt;name&gt;.json</c>.</summary>
    /// <exception cref="ConfigurationException">Unknown name (the message lists the names) or an invalid config.</exception>
    public static Experiment Create(string name, string configsDirectory) =>
        Factories.TryGetValue(name, out var create)
            ? create(ConfigLoader.LoadByName(configsDirectory, name))
            : throw new ConfigurationException($"Unknown experiment '{name}'. Experiments: {string.Join(", ", Names)}.");
}
