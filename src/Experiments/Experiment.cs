using KerasNet.Architectures;
using KerasNet.Data;
using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Running;
using KerasNet.Experiments.Summaries;
using KerasNet.Models;

namespace KerasNet.Experiments;

/// <summary>
/// A named experiment of a report: its config (hyperparameters and reference numbers) plus what code must
/// decide — how the dataset becomes model inputs and how a variant's model is built.
/// </summary>
public abstract class Experiment
{
    /// <summary>Binds the experiment to its config.</summary>
    protected Experiment(ExperimentConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        Config = config;
    }

    /// <summary>The experiment's configuration.</summary>
    public ExperimentConfig Config { get; }

    /// <summary>The experiment name, <c>&lt;report&gt;/&lt;experiment&gt;</c>.</summary>
    public string Name => Config.Name;

    /// <summary>The dataset it runs on.</summary>
    public DatasetDefinition Dataset => Datasets.Get(Config.Dataset);

    /// <summary>The number of classes a model of this experiment tells apart: the data section's classes, else the dataset's.</summary>
    public int ClassCount => Config.Data?.Classes?.Count ?? Dataset.ClassCount;

    /// <summary>
    /// The name of what <see cref="Prepare"/> and <see cref="BuildModel"/> compute; a class that overrides either names
    /// its own. Experiments of one report with the same preparation, dataset and data section train identical runs
    /// from identical settings, so one's finished runs serve the other (<see cref="PipelineKey"/>).
    /// </summary>
    public abstract string Preparation { get; }

    /// <summary>What fixes a run besides its training settings: preparation, dataset and data section.</summary>
    public string PipelineKey => $"{Preparation}|{Dataset.Name}|{System.Text.Json.JsonSerializer.Serialize(Config.Data)}";

    /// <summary>
    /// The seed-averaged summary of this experiment's records under <paramref name="resultsDirectory"/> (the seeds of
    /// <paramref name="seeds"/> only): what verification, the report and the tests read.
    /// </summary>
    public virtual ExperimentSummary Summary(string resultsDirectory, IReadOnlyList<int> seeds) =>
        ExperimentSummary.FromRecords(Config, RecordStore.ExperimentDirectory(resultsDirectory, Name), seeds);

    /// <summary>Turns the raw dataset into model inputs and targets for the given resolved settings.</summary>
    public abstract PreparedData Prepare(ImageDataset data, TrainingSettings settings);

    /// <summary>
    /// Builds a fresh model for a variant (by default the catalog model the settings name, telling apart
    /// <see cref="ClassCount"/> classes when it takes that option).
    /// </summary>
    public virtual Sequential BuildModel(TrainingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var model = ModelCatalog.Get(settings.Model!);
        var options = ModelOptionsOf(settings);
        return model.Create(model.Accepts.HasFlag(ModelOption.Classes) ? options with { Classes = ClassCount } : options);
    }

    /// <summary>
    /// A run's model as every run starts it: torch and the data order seeded with <paramref name="seed"/>, the variant's
    /// model built, compiled with the settings' optimizer and loss and the accuracy metric.
    /// </summary>
    public Sequential CompiledModel(TrainingSettings settings, int seed)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Seeding.SetRandomSeed(seed);
        var model = BuildModel(settings);
        ApplyLayerSettings(model, settings);
        model.Compile(OptimizerFactory.Create(settings), settings.Loss!.ToLoss(), "accuracy");
        return model;
    }

    /// <summary>Sets the named layers' learning-rate multipliers and freezes the named layers.</summary>
    /// <exception cref="ConfigurationException">A name that is not a layer of the model.</exception>
    public static void ApplyLayerSettings(Sequential model, TrainingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(settings);
        Layers.Layer Named(string key, string name) => model.Layers.FirstOrDefault(l => l.Name == name)
            ?? throw new ConfigurationException($"{key} names layer '{name}', which model '{settings.Model}' does not have; its layers: {string.Join(", ", model.Layers.Select(l => l.Name))}.");
        foreach (var (name, multiplier) in settings.LearningRateMultipliers ?? new Dictionary<string, double>())
        {
            Named("learningRateMultipliers", name).LearningRateMultiplier = multiplier;
        }

        foreach (string name in settings.FrozenLayers ?? [])
        {
            Named("frozenLayers", name).Trainable = false;
        }
    }

    /// <summary>The model options the settings set: activation, initializers, hidden units, filters, convolution layers and pooling.</summary>
    /// <exception cref="ArgumentException">An unknown activation, initializer or initializer argument.</exception>
    public static ModelOptions ModelOptionsOf(TrainingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var activation = settings.Activation switch
        {
            null => null,
            "leaky_relu" when settings.NegativeSlope is { } slope => Activations.Activations.LeakyReluWithSlope(slope),
            { } name => Activations.ActivationFunction.FromString(name),
        };
        return new ModelOptions
        {
            Activation = activation,
            KernelInitializer = settings.KernelInitializer?.ToInitializer(),
            BiasInitializer = settings.BiasInitializer?.ToInitializer(),
            HiddenUnits = settings.HiddenUnits,
            Filters = settings.Filters,
            KernelSize = settings.KernelSize,
            Strides = settings.Strides,
            ConvolutionFilters = settings.ConvolutionFilters,
            Pooling = settings.Pooling,
            Padding = settings.Padding is { } padding ? Layers.Paddings.Get(padding) : null,
            OutputActivation = settings.OutputActivation is { } output ? Activations.ActivationFunction.FromString(output) : null,
            OutputInitializer = settings.OutputInitializer?.ToInitializer(),
        };
    }
}
