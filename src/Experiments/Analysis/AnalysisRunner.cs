using System.Diagnostics;
using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Records;
using KerasNet.Experiments.Running;

namespace KerasNet.Experiments.Analysis;

/// <summary>
/// Runs an <see cref="AnalysisExperiment"/>, run by run: trains (or shares) the run if it is missing with the
/// <see cref="ExperimentRunner"/>, then loads its kept weights and analyses the model, so each finished run is
/// analysed before the next one trains. An analysis whose record
/// matches the run and the analysis settings is skipped; a run whose weights are gone (a fresh clone keeps no
/// weights) is trained again first. Each analysis folder is built under a temporary name and renamed into place.
/// </summary>
public sealed class AnalysisRunner(RunOptions options, IRunProgress? progress = null)
{
    /// <summary>The folder of one run's analysis: <c>&lt;variant&gt;/seed-&lt;n&gt;/</c> beside the run's record.</summary>
    public static string AnalysisDirectory(string resultsDirectory, string experiment, string variant, int seed) =>
        Path.Combine(RecordStore.ExperimentDirectory(resultsDirectory, experiment), variant, $"seed-{seed}");

    /// <summary>Trains what is missing, analyses what is not analysed yet, and returns the analysis records written.</summary>
    /// <exception cref="ConfigurationException">The analysis names a layer the model does not have.</exception>
    public IReadOnlyList<AnalysisRecord> Run(AnalysisExperiment experiment, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        var variants = options.Variants is null ? [.. experiment.Config.Variants] : options.Variants.Select(experiment.Config.Variant).ToList();
        variants.ForEach(v => CheckLayers(experiment, v));
        var trainer = new ExperimentRunner(options, progress);
        var environment = Provenance.Capture(options.RepositoryRoot);
        var written = new List<AnalysisRecord>();
        Data.ImageDataset? dataset = null;
        foreach (var variant in variants)
        {
            var settings = experiment.Config.Resolve(variant);
            PreparedData? sameForEverySeed = null;
            foreach (int seed in options.Seeds)
            {
                var single = options with { Seeds = [seed], Variants = [variant.Name] };
                new ExperimentRunner(single, progress).Run(experiment, cancellation);
                if (NeedsAnalysis(experiment, variant, seed) && WeightsOf(experiment, variant, seed) is null)
                {
                    new ExperimentRunner(single with { Force = true, SharingCandidates = [] }, progress).Run(experiment, cancellation);
                }

                string directory = AnalysisDirectory(options.ResultsDirectory, experiment.Name, variant.Name, seed);
                using var runLock = RunLock.Acquire(RecordStore.RecordPath(options.ResultsDirectory, experiment.Name, variant.Name, seed));
                if (!NeedsAnalysis(experiment, variant, seed))
                {
                    progress?.AnalysisSkipped(variant.Name, seed, Path.Combine(directory, AnalysisRecord.FileName));
                    continue;
                }

                string weights = WeightsOf(experiment, variant, seed)
                    ?? throw new InvalidOperationException($"{experiment.Name} {variant.Name} seed {seed}: no weights after training.");
                dataset ??= options.Data.Load(experiment.Dataset, download: true);
                var prepared = trainer.PrepareForSeed(experiment, dataset, settings, seed, ref sameForEverySeed);
                var record = Analyze(experiment, variant.Name, settings, seed, weights, prepared, environment, directory);
                progress?.AnalysisFinished(record, Path.Combine(directory, AnalysisRecord.FileName));
                written.Add(record);
            }
        }

        return written;
    }

    private AnalysisRecord Analyze(AnalysisExperiment experiment, string variant, TrainingSettings settings, int seed, string weights, PreparedData data, RunEnvironment environment, string directory)
    {
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        options.ConfigureEngine();
        var model = experiment.CompiledModel(settings, seed);
        model.LoadWeights(weights);
        var run = RecordJson.ReadRecord(RecordStore.RecordPath(options.ResultsDirectory, experiment.Name, variant, seed));
        string partial = $"{directory}.partial-{Guid.NewGuid():N}";
        Directory.CreateDirectory(partial);
        try
        {
            var output = experiment.Analyze(model, data, partial);
            var missing = output.Images.FirstOrDefault(i => !File.Exists(Path.Combine(partial, i.File)));
            if (missing is not null)
            {
                throw new InvalidOperationException($"{experiment.Name}: the analysis lists {missing.File} but did not write it.");
            }

            var record = new AnalysisRecord(
                AnalysisRecord.CurrentSchemaVersion,
                experiment.Name,
                variant,
                seed,
                run.ConfigHash,
                experiment.AnalysisHash,
                started,
                Math.Round(clock.Elapsed.TotalSeconds, 3),
                environment.AsRun(),
                output.Values,
                output.Images);
            RecordJson.WriteAtomically(Path.Combine(partial, AnalysisRecord.FileName), record);
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }

            Directory.Move(partial, directory);
            return record;
        }
        finally
        {
            if (Directory.Exists(partial))
            {
                Directory.Delete(partial, recursive: true);
            }
        }
    }

    /// <summary>Whether a finished run lacks an analysis made from it, as it is now, under the current settings (forced: always).</summary>
    private bool NeedsAnalysis(AnalysisExperiment experiment, VariantConfig variant, int seed)
    {
        string recordPath = RecordStore.RecordPath(options.ResultsDirectory, experiment.Name, variant.Name, seed);
        if (!File.Exists(recordPath))
        {
            return false;
        }

        string path = Path.Combine(AnalysisDirectory(options.ResultsDirectory, experiment.Name, variant.Name, seed), AnalysisRecord.FileName);
        if (options.Force || !File.Exists(path))
        {
            return true;
        }

        var analysis = RecordJson.ReadAnalysis(path);
        return !analysis.IsOf(RecordJson.ReadRecord(recordPath)) || analysis.AnalysisHash != experiment.AnalysisHash;
    }

    /// <summary>
    /// The weights file of a finished run, or null when it is gone or no longer the one its record names. A shared
    /// run's weights are its donor's, usable only when the donor trained exactly these settings (not more epochs,
    /// no fine-tuning phase after them).
    /// </summary>
    private string? WeightsOf(AnalysisExperiment experiment, VariantConfig variant, int seed)
    {
        string recordPath = RecordStore.RecordPath(options.ResultsDirectory, experiment.Name, variant.Name, seed);
        if (!File.Exists(recordPath))
        {
            return null;
        }

        var record = RecordJson.ReadRecord(recordPath);
        string weightsRecordPath = recordPath;
        if (record.Donor is { } shared)
        {
            var donor = options.SharingCandidates.FirstOrDefault(c => c.Name == shared.Experiment);
            var donorVariant = donor?.Config.Variants.FirstOrDefault(v => v.Name == shared.Variant);
            if (donor is null || donorVariant is null || !donor.Config.Resolve(donorVariant).Matches(experiment.Config.Resolve(variant)))
            {
                return null;
            }

            weightsRecordPath = RecordStore.RecordPath(options.ResultsDirectory, donor.Name, donorVariant.Name, seed);
        }

        string weights = RecordStore.WeightsPath(weightsRecordPath);
        return record.WeightsSha256 is { } expected && File.Exists(weights) && RecordStore.Sha256(weights) == expected ? weights : null;
    }

    private static void CheckLayers(AnalysisExperiment experiment, VariantConfig variant)
    {
        var settings = experiment.Config.Resolve(variant);
        var names = experiment.BuildModel(settings).Layers.Select(l => l.Name).ToList();
        var unknown = experiment.RequiredLayers.FirstOrDefault(l => !names.Contains(l));
        if (unknown is not null)
        {
            throw new ConfigurationException($"{experiment.Name}: analysis layer '{unknown}' is not a layer of model {settings.Model} (its layers: {string.Join(", ", names)}).");
        }
    }
}
