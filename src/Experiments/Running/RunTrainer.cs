using System.Diagnostics;
using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Records;

namespace KerasNet.Experiments.Running;

/// <summary>
/// Trains runs as the settings say — alone with an epoch checkpoint, in lockstep with the variant's other seeds, or
/// in two phases with fine-tuning — and makes their records; prepares each run's data. Used by
/// <see cref="ExperimentRunner"/> and, through it, <see cref="Analysis.AnalysisRunner"/>.
/// </summary>
internal sealed class RunTrainer(RunOptions options, IRunProgress? progress)
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

    /// <summary>
    /// Whether a variant's pending seeds train in lockstep: allowed by the options, at least two seeds, batches of at most
    /// <see cref="LockstepBatchLimit"/>, one phase with one evaluation per epoch of the validation data only, every sample
    /// visited each epoch, the same data for every seed, and a model
    /// <see cref="Models.Lockstep"/> can stack.
    /// </summary>
    public bool TrainsTogether(Experiment experiment, TrainingSettings settings, int seeds) =>
        options.Lockstep && seeds >= 2 && settings.BatchSize <= LockstepBatchLimit && settings.FineTune is null && (settings.EvaluationsPerEpoch ?? 1) == 1
        && settings.StepsPerEpoch is null && settings.EvaluationSteps is null && settings.Evaluate is null && settings.EpochSamples is null && settings.FrozenLayers is null
        && !DataSelector.DependsOnSeed(experiment.Config.Data) && Models.Lockstep.Supports(experiment.BuildModel(settings));

    /// <summary>Trains the seeds in lockstep; one record per seed, in order, each naming the seeds trained with it.</summary>
    public List<(RunRecord Record, Models.Sequential Model)> TrainTogether(Experiment experiment, string variant, TrainingSettings settings, IReadOnlyList<int> seeds, string hash, PreparedData data, RunEnvironment environment, CancellationToken cancellation)
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

    /// <summary>
    /// The fingerprint of one run: the same start, only the first <paramref name="steps"/>, trained alone or, for a run
    /// trained in lockstep, together with the same <paramref name="lockstepSeeds"/> as it was.
    /// </summary>
    public Fingerprint Fingerprint(Experiment experiment, TrainingSettings settings, int seed, PreparedData data, int steps, IReadOnlyList<int>? lockstepSeeds)
    {
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
    public (RunRecord Record, Models.Sequential Model, RunCheckpoint? Checkpoint) Train(Experiment experiment, string variant, TrainingSettings settings, int seed, string hash, PreparedData data, RunEnvironment environment, string recordPath, CancellationToken cancellation)
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
            new RunCheckpointNotes(hash, NumbersVersion.Current, options.Threads, options.Device, DateTimeOffset.UtcNow) { SessionCommits = [environment.GitCommit] },
            restart: options.Force,
            recorded => new RunCallback(options.FingerprintSteps, progress, cancellation, stopAfterFingerprint: false, recorded),
            epochs => progress?.RunResumed(variant, seed, epochs));
        try
        {
            var (resumed, histories) = Fit(experiment, settings, seed, data, checkpoint.Callbacks);
            var record = Record(experiment, variant, settings, seed, hash, checkpoint.StartedUtc, checkpoint.Seconds, environment, histories, checkpoint.Run);
            return (record with { ResumedAfter = checkpoint.ResumedAfter, SessionCommits = checkpoint.SessionCommits }, resumed, checkpoint);
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

    private static List<EpochRecord> Points(IReadOnlyDictionary<string, IReadOnlyList<double>> curves, IReadOnlyList<double> at) =>
        at.Select((epoch, i) => new EpochRecord(epoch, curves.ToDictionary(c => c.Key, c => c.Value[i]))).ToList();

    /// <summary>
    /// The experiment's data for a run of <paramref name="seed"/>, prepared once per variant in
    /// <paramref name="sameForEverySeed"/> unless the data section draws per seed.
    /// </summary>
    public PreparedData PrepareForSeed(Experiment experiment, Data.ImageDataset dataset, TrainingSettings settings, int seed, ref PreparedData? sameForEverySeed) =>
        DataSelector.DependsOnSeed(experiment.Config.Data)
            ? Prepare(experiment, dataset, settings, seed)
            : sameForEverySeed ??= Prepare(experiment, dataset, settings, seed);

    /// <summary>The experiment's data as a run of <paramref name="seed"/> sees it (the first samples only in quick mode).</summary>
    public PreparedData Prepare(Experiment experiment, Data.ImageDataset dataset, TrainingSettings settings, int seed)
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
}
