using KerasNet.Experiments;
using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Records;
using KerasNet.Experiments.Running;

namespace KerasNet.Reproduce;

/// <summary>
/// What a missing run will cost, from the runs already trained: the mean seconds per epoch of the variant's trained runs,
/// else of its experiment's, else of runs of the same model and batch size in its report's other experiments on the
/// same thread count — times the run's epochs. Runs shared from another experiment (0 s) are not counted.
/// </summary>
internal sealed class RunCostEstimate(string resultsDirectory, IReadOnlyList<Experiment> experiments, int threads)
{
    private readonly Dictionary<string, IReadOnlyList<RunRecord>> trained = new(StringComparer.Ordinal);

    /// <summary>The estimated seconds of one run of <paramref name="variant"/>, or null when no comparable run has trained.</summary>
    public double? Seconds(Experiment experiment, VariantConfig variant)
    {
        var settings = experiment.Config.Resolve(variant);
        var ownExperiment = Trained(experiment);
        var own = ownExperiment.Where(r => r.Variant == variant.Name).ToList();
        var basis = own.Count > 0 ? own : ownExperiment.Count > 0 ? ownExperiment : Alike(experiment, settings);
        return basis.Count == 0 ? null : Math.Round(basis.Average(r => r.WallTimeSeconds / r.Epochs.Count) * settings.TotalEpochs, 1);
    }

    /// <summary>Trained runs of the report's other experiments with the same model and batch size, on the same threads.</summary>
    private List<RunRecord> Alike(Experiment experiment, TrainingSettings settings) =>
        [.. Workspace.SharingCandidates(experiment, experiments)
            .SelectMany(other => Trained(other).Where(r =>
                r.Environment.Threads == threads
                && other.Config.Variants.FirstOrDefault(v => v.Name == r.Variant) is { } recorded
                && other.Config.Resolve(recorded) is var theirs
                && theirs.Model == settings.Model && theirs.BatchSize == settings.BatchSize))];

    private IReadOnlyList<RunRecord> Trained(Experiment experiment)
    {
        if (!trained.TryGetValue(experiment.Name, out var records))
        {
            records = [.. RecordStore.Records(resultsDirectory, experiment.Name).Where(r => r.SharedFrom is null && r.Epochs.Count > 0)];
            trained[experiment.Name] = records;
        }

        return records;
    }
}
