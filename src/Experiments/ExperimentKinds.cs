using KerasNet.Experiments.Aven2019;
using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Highsmith2019;
using KerasNet.Experiments.Kipping2022;
using KerasNet.Experiments.Nanavati2021;

namespace KerasNet.Experiments;

/// <summary>
/// What a config's <c>kind</c> names: the code an experiment runs. A new experiment of an existing kind is a config
/// file alone; a new kind is a class registered here.
/// </summary>
public static class ExperimentKinds
{
    /// <summary>Train image classifiers and compare their curves with the report (<see cref="ImageClassificationExperiment"/>).</summary>
    public const string ImageClassification = "image-classification";

    private static readonly Dictionary<string, Func<ExperimentConfig, Experiment>> Factories = new(StringComparer.Ordinal)
    {
        [ImageClassification] = config => new ImageClassificationExperiment(config),
        ["adversarial"] = config => new AdversarialExperiment(config),
        ["attribution"] = config => new AttributionExperiment(config),
        ["deepdream"] = config => new DeepDreamExperiment(config),
        ["feature-maps"] = config => new FeatureMapsExperiment(config),
        ["filters"] = config => new FiltersExperiment(config),
        ["gradient-check"] = config => new GradientCheckExperiment(config),
        ["spectra"] = config => new SpectraExperiment(config),
    };

    /// <summary>The kinds, sorted.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Factories.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The values a kind computes from each trained model that references and claims may check (beside the training metrics).</summary>
    public static IReadOnlyList<string> CheckableValues(string kind) => kind switch
    {
        "spectra" => SpectraExperiment.CheckableValues,
        "gradient-check" => GradientCheckExperiment.CheckableValues,
        _ => [],
    };

    /// <summary>The experiment a loaded config describes.</summary>
    /// <exception cref="ConfigurationException">The config's kind is not one of <see cref="Names"/>.</exception>
    public static Experiment Create(ExperimentConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return Factories.TryGetValue(config.Kind, out var create)
            ? create(config)
            : throw new ConfigurationException($"{config.Name}: unknown kind '{config.Kind}'; kinds: {string.Join(", ", Names)}.");
    }
}
