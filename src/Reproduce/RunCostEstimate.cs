using KerasNet.Experiments;
using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Records;
using KerasNet.Experiments.Running;
using KerasNet.Reproduce.Benchmarks;

namespace KerasNet.Reproduce;

/// <summary>
/// What a missing run will cost, from the runs already trained: the mean seconds per epoch of the variant's own trained
/// runs; else of the trained runs of its experiment's other variants and its report's other experiments with the same
/// data, model, batch size and thread count, each scaled by the ratio of the two models' training FLOPs per sample
/// (<see cref="FlopCounter"/>: 40 and 100 filters cost about three and a half times LeNet's 20 and 50) — times the run's epochs.
/// Runs shared from another experiment (0 s) are not counted; another batch size has no estimate (its cost per sample
/// differs by more than the FLOPs say).
/// </summary>
internal sealed class RunCostEstimate(string resultsDirectory, IReadOnlyList<Experiment> experiments, int threads)
{
    private readonly Dictionary<string, IReadOnlyList<RunRecord>> trained = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Experiment, string Variant), double> flops = [];

    /// <summary>The estimated seconds of one run of <paramref name="variant"/>, or null when no comparable run has trained.</summary>
    public double? Seconds(Experiment experiment, VariantConfig variant)
    {
        var settings = experiment.Config.Resolve(variant);
        var own = Trained(experiment).Where(r => r.Variant == variant.Name).ToList();
        var secondsPerEpoch = own.Count > 0
            ? own.Select(SecondsPerEpoch).ToList()
            : [.. Alike(experiment, settings).Select(run => SecondsPerEpoch(run.Record) * TrainingFlops(experiment, variant) / TrainingFlops(run.Experiment, run.Variant))];
        return secondsPerEpoch.Count == 0 ? null : Math.Round(secondsPerEpoch.Average() * settings.TotalEpochs, 1);
    }

    private static double SecondsPerEpoch(RunRecord record) => record.WallTimeSeconds / record.Epochs.Count;

    /// <summary>
    /// Trained runs of <paramref name="experiment"/>'s other variants and of its report's other experiments with the same
    /// data, model and batch size, on the same threads, each with the experiment and variant it trained.
    /// </summary>
    private IEnumerable<(RunRecord Record, Experiment Experiment, VariantConfig Variant)> Alike(Experiment experiment, TrainingSettings settings) =>
        from other in Workspace.SharingCandidates(experiment, experiments).Append(experiment)
        where other.PipelineKey == experiment.PipelineKey
        from record in Trained(other)
        where record.Environment.Threads == threads
        let recorded = other.Config.Variants.FirstOrDefault(v => v.Name == record.Variant)
        where recorded is not null
        let theirs = other.Config.Resolve(recorded)
        where theirs.Model == settings.Model && theirs.BatchSize == settings.BatchSize
        select (record, other, recorded);

    /// <summary>Training FLOPs per sample of the variant's model, built once.</summary>
    private double TrainingFlops(Experiment experiment, VariantConfig variant)
    {
        if (!flops.TryGetValue((experiment.Name, variant.Name), out double value))
        {
            value = FlopCounter.TrainingPerSample(experiment.BuildModel(experiment.Config.Resolve(variant)));
            flops[(experiment.Name, variant.Name)] = value;
        }

        return value;
    }

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
