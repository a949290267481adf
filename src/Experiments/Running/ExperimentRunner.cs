using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Records;

namespace KerasNet.Experiments.Running;

/// <summary>
/// Runs an experiment's variants × seeds. Each finished run is written atomically as its record; a run whose
/// record exists with the same config hash (and, if shared, the same donor run) is skipped (unless forced), so a long reproduction can be split
/// across sessions; an interrupted run leaves no record, only its last finished epoch's checkpoint (git-ignored), from
/// which the next call continues it. A lock per run keeps two processes off the same run; a run another process holds
/// is left to it, so several processes can share one experiment's runs (<c>run --jobs</c>).
/// </summary>
public sealed class ExperimentRunner(RunOptions options, IRunProgress? progress = null)
{
    private readonly RunTrainer trainer = new(options, progress);
    private readonly RunSharing sharing = new(options);

    /// <summary>Runs what is missing and returns the records written in this call; the dataset is loaded only if a run has to be trained.</summary>
    /// <exception cref="OperationCanceledException">Cancelled; finished runs are kept, the current one continues from its last finished epoch next time.</exception>
    public IReadOnlyList<RunRecord> Run(Experiment experiment, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        var variants = SelectedVariants(experiment.Config);
        Data.ImageDataset? dataset = null;
        var environment = Provenance.Capture(options.RepositoryRoot);
        var written = new List<RunRecord>();
        int total = variants.Count * options.Seeds.Count;
        int index = 0;
        foreach (var variant in variants)
        {
            var locks = new List<RunLock>();
            try
            {
                written.AddRange(RunVariant(experiment, variant, ref dataset, environment, locks, ref index, total, cancellation));
            }
            finally
            {
                locks.ForEach(runLock => runLock.Dispose());
            }
        }

        return written;
    }

    /// <summary>
    /// Runs what one variant is missing. The locks of the runs to train are held in <paramref name="locks"/> while it
    /// decides how to train them and, in lockstep, until they are done; trained one at a time, each is held only while
    /// it trains.
    /// </summary>
    private List<RunRecord> RunVariant(Experiment experiment, VariantConfig variant, ref Data.ImageDataset? dataset, RunEnvironment environment, List<RunLock> locks, ref int index, int total, CancellationToken cancellation)
    {
        var written = new List<RunRecord>();
        var settings = Settings(experiment.Config, variant);
        string hash = HashOf(experiment, variant);
        PreparedData? sameForEverySeed = null;
        var pending = new List<(int Seed, string Path, int Index)>();
        foreach (int seed in options.Seeds)
        {
            index++;
            string path = RecordStore.RecordPath(options.ResultsDirectory, experiment.Name, variant.Name, seed);
            if (RunLock.TryAcquire(path) is not { } runLock)
            {
                progress?.RunBusy(variant.Name, seed, RunLock.PathOf(path));
                continue;
            }

            if (IsDone(path, hash))
            {
                runLock.Dispose();
                progress?.RunSkipped(variant.Name, seed, path);
                continue;
            }

            if (sharing.SharedRun(experiment, variant.Name, settings, seed, hash) is { } shared)
            {
                using (runLock)
                {
                    RecordJson.WriteAtomically(path, shared);
                }

                progress?.RunShared(shared, path);
                written.Add(shared);
                continue;
            }

            locks.Add(runLock);
            pending.Add((seed, path, index));
        }

        if (pending.Count == 0)
        {
            return written;
        }

        dataset ??= options.Data.Load(experiment.Dataset, download: true);
        if (trainer.TrainsTogether(experiment, settings, pending.Count))
        {
            var data = trainer.PrepareForSeed(experiment, dataset, settings, pending[0].Seed, ref sameForEverySeed);
            progress?.RunStarting(variant.Name, pending[0].Seed, pending[0].Index, total, settings.TotalEpochs);
            var trained = trainer.TrainTogether(experiment, variant.Name, settings, [.. pending.Select(p => p.Seed)], hash, data, environment, cancellation);
            written.AddRange(trained.Select((run, i) => Keep(run.Record, run.Model, pending[i].Path)));
            return written;
        }

        // One at a time: each run is held only while it trains, so another process can take the later seeds meanwhile.
        locks.ForEach(runLock => runLock.Dispose());
        locks.Clear();
        foreach (var (seed, path, position) in pending)
        {
            if (RunLock.TryAcquire(path) is not { } runLock)
            {
                progress?.RunBusy(variant.Name, seed, RunLock.PathOf(path));
                continue;
            }

            using (runLock)
            {
                if (IsDone(path, hash))
                {
                    progress?.RunSkipped(variant.Name, seed, path);
                    continue;
                }

                var data = trainer.PrepareForSeed(experiment, dataset, settings, seed, ref sameForEverySeed);
                progress?.RunStarting(variant.Name, seed, position, total, settings.TotalEpochs);
                var (trained, model, checkpoint) = trainer.Train(experiment, variant.Name, settings, seed, hash, data, environment, path, cancellation);
                written.Add(Keep(trained, model, path));
                checkpoint?.Delete();
            }
        }

        return written;
    }

    /// <summary>
    /// The (variant, seed) runs of the selected variants and seeds that have no current record — what <see cref="Run"/>
    /// would train or share — in the order it takes them.
    /// </summary>
    public IReadOnlyList<(VariantConfig Variant, int Seed)> Pending(Experiment experiment)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        var pending = new List<(VariantConfig Variant, int Seed)>();
        foreach (var variant in SelectedVariants(experiment.Config))
        {
            string hash = HashOf(experiment, variant);
            foreach (int seed in options.Seeds)
            {
                if (!IsDone(RecordStore.RecordPath(options.ResultsDirectory, experiment.Name, variant.Name, seed), hash))
                {
                    pending.Add((variant, seed));
                }
            }
        }

        return pending;
    }

    /// <summary>
    /// The finished run of another experiment that <see cref="Run"/> would take this pending run from instead of training
    /// it (<see cref="RunRecord.SharedFrom"/>), or null when it would train it.
    /// </summary>
    public string? DonorOf(Experiment experiment, VariantConfig variant, int seed)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(variant);
        return sharing.SharedRun(experiment, variant.Name, Settings(experiment.Config, variant), seed, HashOf(experiment, variant))?.SharedFrom;
    }

    /// <summary>Whether the run recorded at <paramref name="path"/> needs no training: it has a current record and <c>--force</c> is off.</summary>
    private bool IsDone(string path, string hash) => !options.Force && RecordStore.HasCurrentRecord(options.ResultsDirectory, path, hash);

    /// <summary>
    /// What <see cref="Run"/> has left, cut into units that can train in separate processes (<c>run --jobs</c>): the
    /// pending seeds of a variant that trains in lockstep stay one unit; every other pending run is a unit of its own.
    /// </summary>
    public IReadOnlyList<(VariantConfig Variant, IReadOnlyList<int> Seeds)> PendingUnits(Experiment experiment) =>
        [.. Pending(experiment).GroupBy(run => run.Variant).SelectMany(group =>
            trainer.TrainsTogether(experiment, Settings(experiment.Config, group.Key), group.Count())
                ? [(group.Key, (IReadOnlyList<int>)[.. group.Select(run => run.Seed)])]
                : group.Select(run => (group.Key, (IReadOnlyList<int>)[run.Seed])))];

    /// <summary>Writes a trained run's weights and record and reports it.</summary>
    private RunRecord Keep(RunRecord trained, Models.Sequential model, string path)
    {
        var record = RecordStore.Keep(trained, model, path);
        progress?.RunFinished(record, path);
        return record;
    }

    /// <summary>The config hash a variant's records are made under in this run (its epochs overridden when the options say so).</summary>
    private string HashOf(Experiment experiment, VariantConfig variant) =>
        ConfigLoader.Hash(experiment.Config, variant with { Training = VariantOverrides(variant) });

    /// <summary>
    /// Recomputes the fingerprint of one (variant, seed) run: the same start, only the first steps, trained alone or, for a
    /// run trained in lockstep, together with the same <paramref name="lockstepSeeds"/> as it was.
    /// </summary>
    public Fingerprint ComputeFingerprint(Experiment experiment, string variantName, int seed, int steps, IReadOnlyList<int>? lockstepSeeds = null)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        var settings = Settings(experiment.Config, experiment.Config.Variant(variantName));
        var data = trainer.Prepare(experiment, options.Data.Load(experiment.Dataset), settings, seed);
        return trainer.Fingerprint(experiment, settings, seed, data, steps, lockstepSeeds);
    }

    /// <summary>The experiment's data for a run of <paramref name="seed"/> (see <see cref="RunTrainer.PrepareForSeed"/>).</summary>
    internal PreparedData PrepareForSeed(Experiment experiment, Data.ImageDataset dataset, TrainingSettings settings, int seed, ref PreparedData? sameForEverySeed) =>
        trainer.PrepareForSeed(experiment, dataset, settings, seed, ref sameForEverySeed);

    private TrainingSettings Settings(ExperimentConfig config, VariantConfig variant)
    {
        var settings = config.Resolve(variant with { Training = VariantOverrides(variant) });
        if (!options.Quick)
        {
            return settings;
        }

        var quick = settings with { StepsPerEpoch = null, EvaluationSteps = null };
        return quick.FineTune is { } fineTune ? quick with { FineTune = fineTune with { Epochs = 1 } } : quick;
    }

    private TrainingSettings? VariantOverrides(VariantConfig variant)
    {
        int? epochs = options.Quick ? 1 : options.Epochs;
        return epochs is null ? variant.Training : (variant.Training ?? new TrainingSettings()) with { Epochs = epochs, ValidationFreq = 1 };
    }

    private List<VariantConfig> SelectedVariants(ExperimentConfig config) =>
        options.Variants is null ? [.. config.Variants] : options.Variants.Select(config.Variant).ToList();
}
