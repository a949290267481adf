using System.Diagnostics;
using KerasNet.Backend;
using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Records;

namespace KerasNet.Experiments.Running;

/// <summary>
/// Runs an experiment's variants × seeds. Each finished run is written atomically as its record; a run whose
/// record exists with the same config hash is skipped (unless forced), so a long reproduction can be split
/// across sessions; an interrupted run writes nothing. A lock keeps two processes off the same experiment.
/// </summary>
public sealed class ExperimentRunner(RunOptions options, IRunProgress? progress = null)
{
    /// <summary>The folder of an experiment's records under a results root.</summary>
    public static string ExperimentDirectory(string resultsDirectory, string experiment) =>
        Path.Combine([resultsDirectory, .. experiment.Split('/')]);

    /// <summary>The record path of one run.</summary>
    public static string RecordPath(string resultsDirectory, string experiment, string variant, int seed) =>
        Path.Combine(ExperimentDirectory(resultsDirectory, experiment), variant, $"seed-{seed}.json");

    /// <summary>Runs what is missing and returns the records written in this call.</summary>
    /// <exception cref="OperationCanceledException">Cancelled; finished runs are kept, the current one is dropped.</exception>
    public IReadOnlyList<RunRecord> Run(Experiment experiment, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        var variants = SelectedVariants(experiment.Config);
        var dataset = options.Data.Load(experiment.Dataset);
        var environment = Provenance.Capture(options.RepositoryRoot);
        var written = new List<RunRecord>();
        using var experimentLock = ExperimentLock.Acquire(ExperimentDirectory(options.ResultsDirectory, experiment.Name));
        int total = variants.Count * options.Seeds.Count;
        int index = 0;
        foreach (var variant in variants)
        {
            var settings = Settings(experiment.Config, variant);
            string hash = ConfigLoader.Hash(experiment.Config, variant with { Training = VariantOverrides(variant) });
            PreparedData? data = null;
            foreach (int seed in options.Seeds)
            {
                index++;
                string path = RecordPath(options.ResultsDirectory, experiment.Name, variant.Name, seed);
                if (!options.Force && File.Exists(path) && RecordJson.ReadRecord(path).ConfigHash == hash)
                {
                    progress?.RunSkipped(variant.Name, seed, path);
                    continue;
                }

                data ??= Prepare(experiment, dataset, settings);
                progress?.RunStarting(variant.Name, seed, index, total, settings.Epochs!.Value);
                var record = Train(experiment, variant.Name, settings, seed, hash, data, environment, cancellation);
                RecordJson.WriteAtomically(path, record);
                progress?.RunFinished(record, path);
                written.Add(record);
            }
        }

        return written;
    }

    /// <summary>Recomputes the fingerprint of one (variant, seed) run: the same start, only the first steps.</summary>
    public Fingerprint ComputeFingerprint(Experiment experiment, string variantName, int seed, int steps)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        var variant = experiment.Config.Variant(variantName);
        var settings = Settings(experiment.Config, variant);
        var data = Prepare(experiment, options.Data.Load(experiment.Dataset), settings);
        var callback = new RunCallback(steps, null, CancellationToken.None, stopAfterFingerprint: true);
        try
        {
            Fit(experiment, settings, seed, data, callback);
        }
        catch (RunCallback.FingerprintComplete)
        {
        }

        return new Fingerprint(callback.Losses.Count, [.. callback.Losses]);
    }

    private RunRecord Train(Experiment experiment, string variant, TrainingSettings settings, int seed, string hash, PreparedData data, RunEnvironment environment, CancellationToken cancellation)
    {
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var callback = new RunCallback(options.FingerprintSteps, progress, cancellation, stopAfterFingerprint: false);
        var history = Fit(experiment, settings, seed, data, callback);
        var epochs = Points(history.Epochs, Enumerable.Range(1, history.EpochCount).Select(e => (double)e).ToList());
        var evaluations = Points(history.Evaluations.Where(p => p.Key != "epoch").ToDictionary(), history.Evaluations["epoch"]);
        bool diverged = history["loss"].Any(v => !double.IsFinite(v));
        return new RunRecord(
            RunRecord.CurrentSchemaVersion,
            experiment.Name,
            variant,
            seed,
            diverged ? RunStatus.Diverged : RunStatus.Completed,
            hash,
            started,
            Math.Round(clock.Elapsed.TotalSeconds, 3),
            environment with { Threads = Engine.Threads },
            epochs,
            evaluations,
            new Fingerprint(callback.Losses.Count, [.. callback.Losses]));
    }

    private Callbacks.History Fit(Experiment experiment, TrainingSettings settings, int seed, PreparedData data, RunCallback callback)
    {
        Engine.SetThreads(options.Threads);
        Seeding.SetRandomSeed(seed);
        var model = experiment.BuildModel(settings);
        model.Compile(OptimizerFactory.Create(settings), settings.Loss!, "accuracy");
        return model.Fit(
            data.X,
            data.Y,
            batchSize: settings.BatchSize!.Value,
            epochs: settings.Epochs!.Value,
            validationData: (data.ValidationX, data.ValidationY),
            callbacks: [callback],
            evaluationsPerEpoch: settings.EvaluationsPerEpoch ?? 1);
    }

    private static List<EpochRecord> Points(IReadOnlyDictionary<string, List<double>> curves, IReadOnlyList<double> at) =>
        at.Select((epoch, i) => new EpochRecord(epoch, curves.ToDictionary(c => c.Key, c => c.Value[i]))).ToList();

    private PreparedData Prepare(Experiment experiment, Data.ImageDataset dataset, TrainingSettings settings)
    {
        var data = experiment.Prepare(dataset, settings);
        return options.Quick ? data.Head(1024, 512) : data;
    }

    private TrainingSettings Settings(ExperimentConfig config, VariantConfig variant) =>
        config.Resolve(variant with { Training = VariantOverrides(variant) });

    private TrainingSettings? VariantOverrides(VariantConfig variant)
    {
        int? epochs = options.Quick ? 1 : options.Epochs;
        return epochs is null ? variant.Training : (variant.Training ?? new TrainingSettings()) with { Epochs = epochs };
    }

    private List<VariantConfig> SelectedVariants(ExperimentConfig config) =>
        options.Variants is null ? [.. config.Variants] : options.Variants.Select(config.Variant).ToList();
}
