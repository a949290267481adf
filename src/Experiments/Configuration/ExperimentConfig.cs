namespace KerasNet.Experiments.Configuration;

/// <summary>
/// An experiment's configuration file <c>configs/&lt;report&gt;/&lt;experiment&gt;.json</c>: the single source of
/// its hyperparameters and reference numbers, read by the runner, the report and the tests.
/// </summary>
public sealed record ExperimentConfig
{
    /// <summary><c>&lt;report&gt;/&lt;experiment&gt;</c>.</summary>
    public required string Name { get; init; }

    /// <summary>
    /// What code runs the experiment, one of <see cref="ExperimentKinds.Names"/>: <c>image-classification</c> trains and
    /// compares curves; an analysis kind (e.g. <c>spectra</c>) also looks into each trained model.
    /// </summary>
    public required string Kind { get; init; }

    /// <summary>The report section reproduced.</summary>
    public required string Section { get; init; }

    /// <summary>What the experiment does, in a sentence or two.</summary>
    public required string Description { get; init; }

    /// <summary>Dataset name (mnist, fashion-mnist, cifar10).</summary>
    public required string Dataset { get; init; }

    /// <summary>Which part of the dataset the experiment trains and is validated on; the whole dataset when absent.</summary>
    public DataSelection? Data { get; init; }

    /// <summary>The settings every variant starts from.</summary>
    public required TrainingSettings Training { get; init; }

    /// <summary>The variants.</summary>
    public required IReadOnlyList<VariantConfig> Variants { get; init; }

    /// <summary>
    /// The epochs the report trained, when <see cref="Training"/> trains fewer: a declared shorter protocol, the same for
    /// every variant, on which the verdicts rest. <c>run --report-protocol</c> trains these instead (records kept apart,
    /// as with <c>--epochs</c>). Absent when the config trains the report's length.
    /// </summary>
    public int? ReportEpochs { get; init; }

    /// <summary>
    /// This experiment's own seeds in place of <c>seeds.json</c>'s (which stay the reports' four): for a measurement that
    /// needs more draws than a report made, e.g. a collapse rate. Absent for every report experiment.
    /// </summary>
    public IReadOnlyList<int>? Seeds { get; init; }

    /// <summary>Numbers the reproduction is checked against.</summary>
    public IReadOnlyList<ReferenceValue> References { get; init; } = [];

    /// <summary>Qualitative claims checked as relations between variants.</summary>
    public IReadOnlyList<ClaimConfig> Claims { get; init; } = [];

    /// <summary>
    /// Why the experiment has not been run yet although its data are present (e.g. its runs take longer than a
    /// session); its checks are then reported as pending instead of failing strict verification. Verification fails
    /// once every check is conclusive while this is still set.
    /// </summary>
    public string? Pending { get; init; }

    /// <summary>For an experiment measuring how often runs collapse: what counts as collapsed and the report's runs to weigh; absent otherwise.</summary>
    public CollapseRateSettings? CollapseRate { get; init; }

    /// <summary>What an analysis experiment computes from its trained models; absent for experiments that only train.</summary>
    public AnalysisSettings? Analysis { get; init; }

    /// <summary>The seeds this experiment runs and averages: its own <see cref="Seeds"/>, else <paramref name="reportSeeds"/> (seeds.json's).</summary>
    public IReadOnlyList<int> SeedsOr(IReadOnlyList<int> reportSeeds) => Seeds ?? reportSeeds;

    /// <summary>The report key, the part of <see cref="Name"/> before the slash.</summary>
    public string Report => Name.Split('/')[0];

    /// <summary>A variant by name.</summary>
    /// <exception cref="ConfigurationException">No such variant; the message lists them.</exception>
    public VariantConfig Variant(string name) =>
        Variants.FirstOrDefault(v => v.Name == name)
        ?? throw new ConfigurationException($"{Name} has no variant '{name}'. Variants: {string.Join(", ", Variants.Select(v => v.Name))}.");

    /// <summary>The fully resolved training settings of a variant.</summary>
    public TrainingSettings Resolve(VariantConfig variant) => Training.With(variant.Training);
}
