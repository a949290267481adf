using System.Diagnostics;
using KerasNet.Backend;
using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Records;

namespace KerasNet.Experiments.Running;

/// <summary>
/// Runs an experiment's variants × seeds. Each finished run is written atomically as its record; a run whose
/// record exists with the same config hash (and, if shared, the same donor run) is skipped (unless forced), so a long reproduction can be split
/// across sessions; an interrupted run leaves no record, only its last finished epoch's checkpoint (git-ignored), from
/// which the next call continues it. A lock keeps two processes off the same experiment.
/// </summary>
public sealed class ExperimentRunner(RunOptions options, IRunProgress? progress = null)
{
    /// <summary>
    /// The largest batch trained in lockstep: measured (docs/PERFORMANCE.md, lockstep sections) four seeds in lockstep take
    /// 0.37–0.55× the time of one after the other at batch 1–64 with 2 threads, but at full batch 5000 0.90× in one
    /// measurement and 1.46× in another: no reliable gain where the products are large.
    /// </summary>
    public const int LockstepBatchLimit = 256;

    /// <summary>
    /// Samples per forward pass when a run is validated. Keras validates in batches of the training batch size; every
    /// committed record was validated in batches of 256, and another size re-rounds every validation metric (the sums'
    /// order changes), so the harness keeps 256 for all runs.
    /// </summary>
    public const int ValidationBatchSize = 256;

    /// <summary>The folder of an experiment's records under a results root.</summary>
    public static string ExperimentDirectory(string resultsDirectory, string experiment) =>
        Path.Combine([resultsDirectory, .. experiment.Split('/')]);

    /// <summary>The record path of one run.</summary>
    public static string RecordPath(string resultsDirectory, string experiment, string variant, int seed) =>
        Path.Combine(ExperimentDirectory(resultsDirectory, experiment), variant, $"seed-{seed}.json");

    /// <summary>Every run record of an experiment under <paramref name="resultsDirectory"/> (all variants and seeds, shared ones included).</summary>
    public static IReadOnlyList<RunRecord> Records(string resultsDirectory, string experiment)
    {
        string directory = ExperimentDirectory(resultsDirectory, experiment);
        return Directory.Exists(directory)
            ? [.. Directory.GetFiles(directory, "seed-*.json", SearchOption.AllDirectories).Select(RecordJson.ReadRecord)]
            : [];
    }

    /// <summary>
    /// The trained weights the runner keeps beside a record it trained (<c>seed-&lt;n&gt;.weights</c>; not committed,
    /// written before the record, so a record's weights are never older than the record). Analysis experiments load them.
    /// </summary>
    public static string WeightsPath(string recordPath) => Path.ChangeExtension(recordPath, ".weights");

    /// <summary>The lowercase hex SHA-256 of a file.</summary>
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
    }

    /// <summary>Runs what is missing and returns the records written in this call; the dataset is loaded only if a run has to be trained.</summary>
    /// <exception cref="OperationCanceledException">Cancelled; finished runs are kept, the current one continues from its last finished epoch next time.</exception>
    public IReadOnlyList<RunRecord> Run(Experiment experiment, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        var variants = SelectedVariants(experiment.Config);
        Data.ImageDataset? dataset = null;
        var environment = Provenance.Capture(options.RepositoryRoot);
        var written = new List<RunRecord>();
        using var experimentLock = ExperimentLock.Acquire(ExperimentDirectory(options.ResultsDirectory, experiment.Name));
        int total = variants.Count * options.Seeds.Count;
        int index = 0;
        foreach (var variant in variants)
        {
            var settings = Settings(experiment.Config, variant);
            string hash = HashOf(experiment, variant);
            PreparedData? sameForEverySeed = null;
            var pending = new List<(int Seed, string Path, int Index)>();
            foreach (int seed in options.Seeds)
            {
                index++;
                string path = RecordPath(options.ResultsDirectory, experiment.Name, variant.Name, seed);
                if (!options.Force && HasCurrentRecord(path, hash))
                {
                    progress?.RunSkipped(variant.Name, seed, path);
                    continue;
                }

                if (SharedRun(experiment, variant.Name, settings, seed, hash) is { } shared)
                {
                    RecordJson.WriteAtomically(path, shared);
                    progress?.RunShared(shared, path);
                    written.Add(shared);
                    continue;
                }

                pending.Add((seed, path, index));
            }

            if (pending.Count == 0)
            {
                continue;
            }

            dataset ??= options.Data.Load(experiment.Dataset, download: true);
            if (TrainsTogether(experiment, settings, pending.Count))
            {
                var data = PrepareForSeed(experiment, dataset, settings, pending[0].Seed, ref sameForEverySeed);
                progress?.RunStarting(variant.Name, pending[0].Seed, pending[0].Index, total, settings.TotalEpochs);
                var trained = TrainTogether(experiment, variant.Name, settings, [.. pending.Select(p => p.Seed)], hash, data, environment, cancellation);
                written.AddRange(trained.Select((run, i) => Keep(run.Record, run.Model, pending[i].Path)));
                continue;
            }

            foreach (var (seed, path, position) in pending)
            {
                var data = PrepareForSeed(experiment, dataset, settings, seed, ref sameForEverySeed);
                progress?.RunStarting(variant.Name, seed, position, total, settings.TotalEpochs);
                var (trained, model, checkpoint) = Train(experiment, variant.Name, settings, seed, hash, data, environment, path, cancellation);
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
                if (options.Force || !HasCurrentRecord(RecordPath(options.ResultsDirectory, experiment.Name, variant.Name, seed), hash))
                {
                    pending.Add((variant, seed));
                }
            }
        }

        return pending;
    }

    /// <summary>Writes a trained run's weights, then its record (with the weights' hash), and reports it.</summary>
    private RunRecord Keep(RunRecord trained, Models.Sequential model, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        model.SaveWeights(WeightsPath(path));
        var record = trained with { WeightsSha256 = Sha256(WeightsPath(path)) };
        RecordJson.WriteAtomically(path, record);
        progress?.RunFinished(record, path);
        return record;
    }

    /// <summary>
    /// Whether a variant's pending seeds train in lockstep: allowed by the options, at least two seeds, batches of at most
    /// <see cref="LockstepBatchLimit"/>, one phase with one evaluation per epoch of the validation data only, every sample
    /// visited each epoch, the same data for every seed, and a model
    /// <see cref="Models.Lockstep"/> can stack.
    /// </summary>
    private bool TrainsTogether(Experiment experiment, TrainingSettings settings, int seeds) =>
        options.Lockstep && seeds >= 2 && settings.BatchSize <= LockstepBatchLimit && settings.FineTune is null && (settings.EvaluationsPerEpoch ?? 1) == 1
        && settings.StepsPerEpoch is null && settings.EvaluationSteps is null && settings.Evaluate is null && settings.EpochSamples is null && settings.FrozenLayers is null
        && !DataSelector.DependsOnSeed(experiment.Config.Data) && Models.Lockstep.Supports(experiment.BuildModel(settings));

    /// <summary>Trains the seeds in lockstep; one record per seed, in order, each naming the seeds trained with it.</summary>
    private List<(RunRecord Record, Models.Sequential Model)> TrainTogether(Experiment experiment, string variant, TrainingSettings settings, IReadOnlyList<int> seeds, string hash, PreparedData data, RunEnvironment environment, CancellationToken cancellation)
    {
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var callbacks = seeds.Select((_, i) => new RunCallback(options.FingerprintSteps, i == 0 ? progress : null, cancellation, stopAfterFingerprint: false)).ToList();
        var (copies, histories) = FitTogether(experiment, settings, seeds, data, callbacks);
        double seconds = clock.Elapsed.TotalSeconds / seeds.Count;
        return [.. copies.Select((copy, i) => (Record(experiment, variant, settings, copy.Seed, hash, started, seconds, environment, [histories[i]], callbacks[i]) with { LockstepSeeds = seeds }, copy.Model))];
    }

    /// <summary>Builds each seed's model as its single run would (seeded, then built and compiled) and trains them in lockstep.</summary>
    private (List<Models.LockstepCopy> Copies, IReadOnlyList<Callbacks.History> Histories) FitTogether(Experiment experiment, TrainingSettings settings, IReadOnlyList<int> seeds, PreparedData data, IReadOnlyList<RunCallback> callbacks)
    {
        options.ConfigureEngine();
        var copies = seeds.Select((seed, i) => new Models.LockstepCopy(experiment.CompiledModel(settings, seed), seed, [callbacks[i]])).ToList();

        var histories = Models.Lockstep.Fit(copies, data.X, data.Y, batchSize: settings.BatchSize!.Value, epochs: settings.Epochs!.Value, validationData: (data.ValidationX, data.ValidationY), shuffle: settings.Shuffle ?? true, validationFreq: settings.ValidationFreq ?? 1, validationBatchSize: ValidationBatchSize);
        return (copies, histories);
    }

    /// <summary>The config hash a variant's records are made under in this run (its epochs overridden when the options say so).</summary>
    private string HashOf(Experiment experiment, VariantConfig variant) =>
        ConfigLoader.Hash(experiment.Config, variant with { Training = VariantOverrides(variant) });

    /// <summary>Whether <paramref name="path"/> holds a record made under <paramref name="hash"/> that still stands.</summary>
    private bool HasCurrentRecord(string path, string hash) => File.Exists(path) && IsCurrent(RecordJson.ReadRecord(path), hash);

    /// <summary>
    /// Whether a record stands for its run under the current config: made under <paramref name="hash"/> and, when shared,
    /// still the donor's run (a donor trained again since makes the shared copy stale; a donor that is gone does not).
    /// </summary>
    private bool IsCurrent(RunRecord record, string hash)
    {
        if (record.ConfigHash != hash || record.NumbersVersion != NumbersVersion.Current)
        {
            return false;
        }

        if (record.SharedFrom is not { } donorRun)
        {
            return true;
        }

        string donorPath = $"{ExperimentDirectory(options.ResultsDirectory, donorRun)}.json";
        return !File.Exists(donorPath) || RecordJson.ReadRecord(donorPath).StartedUtc == record.StartedUtc;
    }

    /// <summary>
    /// Recomputes the fingerprint of one (variant, seed) run: the same start, only the first steps, trained alone or, for a
    /// run trained in lockstep, together with the same <paramref name="lockstepSeeds"/> as it was.
    /// </summary>
    public Fingerprint ComputeFingerprint(Experiment experiment, string variantName, int seed, int steps, IReadOnlyList<int>? lockstepSeeds = null)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        var variant = experiment.Config.Variant(variantName);
        var settings = Settings(experiment.Config, variant);
        var data = Prepare(experiment, options.Data.Load(experiment.Dataset), settings, seed);
        var seeds = lockstepSeeds ?? [seed];
        var callbacks = seeds.Select(s => new RunCallback(steps, null, CancellationToken.None, stopAfterFingerprint: s == seed)).ToList();
        try
        {
            if (lockstepSeeds is null)
            {
                Fit(experiment, settings, seed, data, [callbacks[0]]);
            }
            else
            {
                FitTogether(experiment, settings, seeds, data, callbacks);
            }
        }
        catch (RunCallback.FingerprintComplete)
        {
        }

        var losses = callbacks[seeds.ToList().IndexOf(seed)].Losses;
        return new Fingerprint(losses.Count, [.. losses]);
    }

    /// <summary>
    /// Trains one run alone. A single-phase run keeps an epoch checkpoint (<see cref="RunCheckpoint"/>) beside
    /// <paramref name="recordPath"/> and continues one made under the same settings; the caller deletes it once the
    /// record is written. A run with a fine-tuning phase trains in one go.
    /// </summary>
    private (RunRecord Record, Models.Sequential Model, RunCheckpoint? Checkpoint) Train(Experiment experiment, string variant, TrainingSettings settings, int seed, string hash, PreparedData data, RunEnvironment environment, string recordPath, CancellationToken cancellation)
    {
        if (settings.FineTune is not null)
        {
            var started = DateTimeOffset.UtcNow;
            var clock = Stopwatch.StartNew();
            var callback = new RunCallback(options.FingerprintSteps, progress, cancellation, stopAfterFingerprint: false);
            var (model, phases) = Fit(experiment, settings, seed, data, [callback]);
            return (Record(experiment, variant, settings, seed, hash, started, clock.Elapsed.TotalSeconds, environment, phases, callback), model, null);
        }

        var checkpoint = RunCheckpoint.Open(
            RunCheckpoint.DirectoryOf(recordPath),
            new RunCheckpointNotes(hash, NumbersVersion.Current, options.Threads, options.Device, DateTimeOffset.UtcNow),
            restart: options.Force,
            recorded => new RunCallback(options.FingerprintSteps, progress, cancellation, stopAfterFingerprint: false, recorded),
            epochs => progress?.RunResumed(variant, seed, epochs));
        try
        {
            var (resumed, histories) = Fit(experiment, settings, seed, data, checkpoint.Callbacks);
            var record = Record(experiment, variant, settings, seed, hash, checkpoint.StartedUtc, checkpoint.Seconds, environment, histories, checkpoint.Run);
            return (record with { ResumedAfter = checkpoint.ResumedAfter }, resumed, checkpoint);
        }
        catch (InvalidDataException e)
        {
            throw new ConfigurationException($"{e.Message} Delete {checkpoint.Directory} to train the run from its start.", e);
        }
    }

    /// <summary>The record of a trained run from its histories (one per phase) and its fingerprint callback.</summary>
    private static RunRecord Record(Experiment experiment, string variant, TrainingSettings settings, int seed, string hash, DateTimeOffset started, double seconds, RunEnvironment environment, IReadOnlyList<Callbacks.History> phases, RunCallback callback)
    {
        var evaluations = phases.SelectMany(h => h.Evaluations.Count == 0 ? [] : Points(h.Evaluations.Where(p => p.Key != "epoch").ToDictionary(), h.Evaluations["epoch"])).ToList();
        var epochs = new List<EpochRecord>();
        if (settings.ValidationFreq is > 1)
        {
            epochs.AddRange(evaluations);
        }
        else
        {
            foreach (var phase in phases)
            {
                epochs.AddRange(Points(phase.Epochs, Enumerable.Range(epochs.Count + 1, phase.EpochCount).Select(e => (double)e).ToList()));
            }
        }

        bool diverged = epochs.Concat(evaluations).SelectMany(e => e.Metrics.Values).Any(v => !double.IsFinite(v));
        return new RunRecord(
            RunRecord.CurrentSchemaVersion,
            experiment.Name,
            variant,
            seed,
            diverged ? RunStatus.Diverged : RunStatus.Completed,
            hash,
            started,
            Math.Round(seconds, 3),
            environment.AsRun(),
            epochs,
            evaluations,
            new Fingerprint(callback.Losses.Count, [.. callback.Losses]),
            NumbersVersion: NumbersVersion.Current);
    }

    /// <summary>Trains one run: the main phase, then the fine-tuning phase if the settings have one; one history per phase.</summary>
    private (Models.Sequential Model, List<Callbacks.History> Phases) Fit(Experiment experiment, TrainingSettings settings, int seed, PreparedData data, IReadOnlyList<Callbacks.Callback> callbacks)
    {
        options.ConfigureEngine();
        var model = experiment.CompiledModel(settings, seed);
        int epochs = settings.Epochs!.Value;
        int batchSize = settings.BatchSize!.Value;
        if (settings.StepsPerEpoch is { } steps && (long)steps * batchSize > data.X.Count)
        {
            throw new ConfigurationException($"{experiment.Name}: stepsPerEpoch {steps} in batches of {batchSize} needs {(long)steps * batchSize} training samples; the run has {data.X.Count}.");
        }

        if (settings.EpochSamples?.FirstOrDefault(i => i >= data.X.Count, -1) is >= 0 and var outside)
        {
            throw new ConfigurationException($"{experiment.Name}: epochSamples names sample {outside}; the run has {data.X.Count} training samples (0 to {data.X.Count - 1}).");
        }

        var evaluationData = EvaluationData(experiment, settings, data);
        Callbacks.History Phase(int end, int start) => model.Fit(
            data.X,
            data.Y,
            batchSize: batchSize,
            epochs: end,
            validationData: (data.ValidationX, data.ValidationY),
            shuffle: settings.Shuffle ?? true,
            callbacks: callbacks,
            evaluationsPerEpoch: settings.EvaluationsPerEpoch ?? 1,
            initialEpoch: start,
            validationFreq: settings.ValidationFreq ?? 1,
            stepsPerEpoch: settings.StepsPerEpoch,
            evaluationSteps: settings.EvaluationSteps,
            evaluationData: evaluationData,
            epochSamples: settings.EpochSamples,
            validationBatchSize: ValidationBatchSize);

        var phases = new List<Callbacks.History> { Phase(epochs, 0) };
        if (settings.FineTune is { } fineTune)
        {
            FreezeAllButLast(model, fineTune.TrainableLayers);
            phases.Add(Phase(epochs + fineTune.Epochs, epochs));
        }

        return (model, phases);
    }

    /// <summary>The sets the settings' <c>evaluate</c> names: the whole training set, the test set of a held-out validation run.</summary>
    private static Dictionary<string, (NDArray<float> X, NDArray<float> Y)> EvaluationData(Experiment experiment, TrainingSettings settings, PreparedData data)
    {
        var sets = new Dictionary<string, (NDArray<float> X, NDArray<float> Y)>(StringComparer.Ordinal);
        foreach (string name in settings.Evaluate ?? [])
        {
            sets[name] = name == "train"
                ? (data.X, data.Y)
                : data.Test ?? throw new ConfigurationException($"{experiment.Name}: evaluate names 'test', but the run is validated on the test set itself (it needs data.heldOutValidation).");
        }

        return sets;
    }

    private static void FreezeAllButLast(Models.Sequential model, int trainableLayers)
    {
        if (trainableLayers > model.Layers.Count)
        {
            throw new ConfigurationException($"fineTune.trainableLayers {trainableLayers} exceeds the model's {model.Layers.Count} layers.");
        }

        foreach (var layer in model.Layers.Take(model.Layers.Count - trainableLayers))
        {
            layer.Trainable = false;
        }
    }

    /// <summary>
    /// A record for this run made from an identical finished run of another experiment (see
    /// <see cref="RunOptions.SharingCandidates"/>), or null when there is none.
    /// </summary>
    private RunRecord? SharedRun(Experiment experiment, string variant, TrainingSettings settings, int seed, string hash)
    {
        if (options.Quick || options.Epochs is not null || settings.FineTune is not null)
        {
            return null;
        }

        int epochs = settings.Epochs!.Value;
        foreach (var candidate in options.SharingCandidates.Where(c => c.Name != experiment.Name && c.PipelineKey == experiment.PipelineKey))
        {
            foreach (var donorVariant in candidate.Config.Variants)
            {
                var donorSettings = candidate.Config.Resolve(donorVariant);
                string donorPath = RecordPath(options.ResultsDirectory, candidate.Name, donorVariant.Name, seed);
                if (donorSettings.Epochs < epochs
                    || !Trunk(donorSettings).Matches(Trunk(settings))
                    || !File.Exists(donorPath))
                {
                    continue;
                }

                var donor = RecordJson.ReadRecord(donorPath);
                if (donor.ConfigHash != ConfigLoader.Hash(candidate.Config, donorVariant) || donor.Status != RunStatus.Completed
                    || donor.Environment.Threads != options.Threads || donor.Environment.Device != options.Device || donor.SharedFrom is not null || donor.Epochs.Count < epochs
                    || donor.NumbersVersion != NumbersVersion.Current)
                {
                    continue;
                }

                return donor with
                {
                    Experiment = experiment.Name,
                    Variant = variant,
                    ConfigHash = hash,
                    WallTimeSeconds = 0,
                    Epochs = donor.Epochs.Where(e => e.Epoch <= epochs).ToList(),
                    Evaluations = donor.Evaluations.Where(e => e.Epoch <= epochs).ToList(),
                    SharedFrom = $"{candidate.Name}/{donorVariant.Name}/seed-{seed}",
                };
            }
        }

        return null;
    }

    /// <summary>The settings that fix a run's first epochs: all but the epoch count and what follows it.</summary>
    private static TrainingSettings Trunk(TrainingSettings settings) => settings with { Epochs = null, FineTune = null };

    private static List<EpochRecord> Points(IReadOnlyDictionary<string, IReadOnlyList<double>> curves, IReadOnlyList<double> at) =>
        at.Select((epoch, i) => new EpochRecord(epoch, curves.ToDictionary(c => c.Key, c => c.Value[i]))).ToList();

    /// <summary>
    /// The experiment's data for a run of <paramref name="seed"/>, prepared once per variant in
    /// <paramref name="sameForEverySeed"/> unless the data section draws per seed.
    /// </summary>
    internal PreparedData PrepareForSeed(Experiment experiment, Data.ImageDataset dataset, TrainingSettings settings, int seed, ref PreparedData? sameForEverySeed) =>
        DataSelector.DependsOnSeed(experiment.Config.Data)
            ? Prepare(experiment, dataset, settings, seed)
            : sameForEverySeed ??= Prepare(experiment, dataset, settings, seed);

    /// <summary>The experiment's data as a run of <paramref name="seed"/> sees it (the first samples only in quick mode).</summary>
    internal PreparedData Prepare(Experiment experiment, Data.ImageDataset dataset, TrainingSettings settings, int seed)
    {
        var selection = experiment.Config.Data;
        var data = experiment.Prepare(DataSelector.Select(dataset, selection, seed, experiment.Name), settings);
        if (selection?.HeldOutValidation is not null)
        {
            var test = experiment.Prepare(DataSelector.Select(dataset, selection with { HeldOutValidation = null }, seed, experiment.Name), settings);
            data = data with { Test = (test.ValidationX, test.ValidationY) };
        }

        return options.Quick ? data.Head(1024, 512) : data;
    }

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
