using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Running;
using KerasNet.Experiments.Summaries;
using KerasNet.Models;

namespace KerasNet.Experiments.Analysis;

/// <summary>
/// An experiment that trains its models like any image-classification experiment (its runs are shared with an
/// identical experiment of the same report where one exists) and then looks into each trained model: the
/// <see cref="AnalysisRunner"/> loads the run's weights and calls <see cref="Analyze"/>, which writes pictures and
/// returns numbers.
/// </summary>
public abstract class AnalysisExperiment(ExperimentConfig config) : ImageClassificationExperiment(config)
{
    /// <summary>The analysis settings: the config's, with <see cref="Defaults"/> for what it leaves out.</summary>
    /// <exception cref="ConfigurationException">The config has no <c>analysis</c> section.</exception>
    public AnalysisSettings Analysis => (Config.Analysis ?? throw new ConfigurationException($"{Name}: the config needs an 'analysis' section.")).Over(Defaults);

    /// <summary>The settings the method uses where the config's <c>analysis</c> leaves one out; they enter the analysis hash.</summary>
    /// <value>The default value has none.</value>
    protected virtual AnalysisSettings Defaults => new();

    /// <summary>
    /// Numbers the method fixes in code (e.g. PGD's step count), by name: they enter the analysis hash, so changing one
    /// makes the committed analyses stale.
    /// </summary>
    /// <value>The default value has none.</value>
    public virtual IReadOnlyDictionary<string, double> MethodConstants { get; } = new Dictionary<string, double>();

    /// <summary>
    /// The version of what <see cref="Analyze"/> computes from the same settings, raised when a change to the method changes
    /// its numbers: committed analyses of an older version are then stale and redone.
    /// </summary>
    /// <value>The default value is 1.</value>
    public virtual int MethodVersion => 1;

    /// <summary>The hash an analysis of this experiment is made under: its resolved settings, <see cref="MethodVersion"/> and <see cref="MethodConstants"/>.</summary>
    public string AnalysisHash => ConfigLoader.AnalysisHash(Config, Analysis, MethodVersion, MethodConstants);

    /// <summary>
    /// What the number after <c>@</c> in the name of a value is (<c>ε</c> in <c>logit_pgd_accuracy@0.05</c>), or null: when
    /// set, the report also draws such values as curves over it.
    /// </summary>
    /// <value>The default value is null.</value>
    public virtual string? CurveParameter => null;

    /// <summary>Whether every analysis writes pictures (the committed analyses are checked to have them); false for a method that only measures numbers.</summary>
    /// <value>The default value is true.</value>
    public virtual bool DrawsImages => true;

    /// <summary>The layers <see cref="Analyze"/> reads; the runner checks that the model has them before it trains anything.</summary>
    public virtual IReadOnlyList<string> RequiredLayers => Analysis.Layers ?? [];

    /// <summary>
    /// The training curves, and each analysis value as a metric at the variant's last epoch (the analysed model's), over
    /// the analysed seeds among those averaged: so that references and claims can check what the analysis measured.
    /// </summary>
    public override ExperimentSummary Summary(string resultsDirectory, IReadOnlyList<int> seeds)
    {
        var training = base.Summary(resultsDirectory, seeds);
        var analyses = AnalysisSummary.FromDirectory(this, RecordStore.ExperimentDirectory(resultsDirectory, Name));
        return training with { Variants = [.. training.Variants.Select(v => WithAnalysisValues(v, analyses))] };
    }

    private VariantSummary WithAnalysisValues(VariantSummary variant, AnalysisSummary analyses)
    {
        var records = analyses.Variants.First(a => a.Variant == variant.Variant).Records.Where(r => variant.Seeds.Contains(r.Seed)).ToList();
        int epoch = Config.Resolve(Config.Variant(variant.Variant)).TotalEpochs;
        var curves = new Dictionary<string, IReadOnlyList<CurveStatistics>>(variant.Curves, StringComparer.Ordinal);
        foreach (var (name, statistics) in AnalysisSummary.Statistics(records))
        {
            curves[name] = [statistics with { Epoch = epoch }];
        }

        return variant with { Curves = curves };
    }

    /// <summary>Looks into one trained model; writes its pictures into <paramref name="outputDirectory"/> and returns what it measured.</summary>
    /// <param name="model">The trained model (weights loaded, inference mode).</param>
    /// <param name="data">The experiment's prepared data (the validation part is the test set).</param>
    /// <param name="outputDirectory">An empty folder for this run's pictures.</param>
    public abstract AnalysisOutput Analyze(Sequential model, PreparedData data, string outputDirectory);
}
