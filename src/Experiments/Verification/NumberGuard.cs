using KerasNet.Backend;
using KerasNet.Data;
using KerasNet.Experiments.Configuration;

namespace KerasNet.Experiments.Verification;

/// <summary>
/// A check on the numbers that holds on every machine: for each distinct training set-up of the configs (model,
/// optimizer and its settings, loss, initializer, activation), a few steps of the experiment's own model and optimizer are
/// trained in float64 on one thread, on fixed generated data with Fit's seeded shuffling. The recorded float32 runs agree
/// only on the CPU model that made them; these values agree across x86-64 CPUs to far below
/// <see cref="RelativeTolerance"/>, so a change to an optimizer default, an initializer, a loss formula or the data
/// order is caught on any machine.
/// </summary>
public static class NumberGuard
{
    /// <summary>How far a recomputed guard loss may lie from the committed one, relative to it.</summary>
    public const double RelativeTolerance = 1e-9;

    /// <summary>The file the guard numbers are committed in, under a results folder.</summary>
    public const string FileName = "number-guard.json";

    private const int Seed = 1;
    private const int Samples = 12;
    private const int BatchSize = 4;
    private const int Epochs = 2;

    /// <summary>The first (experiment, variant) of each distinct set-up, in the order given.</summary>
    public static IReadOnlyList<(Experiment Experiment, VariantConfig Variant)> Setups(IEnumerable<Experiment> experiments)
    {
        ArgumentNullException.ThrowIfNull(experiments);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var setups = new List<(Experiment, VariantConfig)>();
        foreach (var experiment in experiments)
        {
            foreach (var variant in experiment.Config.Variants)
            {
                var settings = experiment.Config.Resolve(variant) with { BatchSize = null, Epochs = null, EvaluationsPerEpoch = null, FineTune = null, Shuffle = null, StepsPerEpoch = null, EvaluationSteps = null, Evaluate = null };
                string key = $"{experiment.Preparation}|{experiment.ClassCount}|{System.Text.Json.JsonSerializer.Serialize(settings)}";
                if (seen.Add(key))
                {
                    setups.Add((experiment, variant));
                }
            }
        }

        return setups;
    }

    /// <summary>Trains the set-up's short float64 run and returns its losses.</summary>
    public static GuardValue Compute(Experiment experiment, VariantConfig variant)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(variant);
        var settings = experiment.Config.Resolve(variant);
        int threads = Engine.Threads;
        using (FloatX.Use("float64"))
        {
            try
            {
                Engine.SetThreads(1);
                var model = experiment.CompiledModel(settings, Seed);
                var (x, y) = Data(model.InputShape.Dimensions, experiment.ClassCount, settings.Loss!.ToLoss() is Losses.SparseCategoricalCrossentropy);
                var recorder = new LossRecorder();
                model.Fit(x, y, batchSize: BatchSize, epochs: Epochs, callbacks: [recorder]);
                double evaluated = model.Evaluate(x, y, batchSize: Samples)["loss"];
                return new GuardValue(experiment.Name, variant.Name, [.. recorder.Losses, evaluated]);
            }
            finally
            {
                Engine.SetThreads(threads);
            }
        }
    }

    /// <summary>Reads a committed guard file.</summary>
    /// <exception cref="ConfigurationException">Missing or not a guard file; the message names it.</exception>
    public static NumberGuardFile Read(string path) => Records.RecordJson.Read<NumberGuardFile>(path, "number guard file");

    /// <summary>What differs between a committed guard value and its recomputation, or null when they agree within <see cref="RelativeTolerance"/>.</summary>
    public static string? Difference(GuardValue committed, GuardValue recomputed)
    {
        ArgumentNullException.ThrowIfNull(committed);
        ArgumentNullException.ThrowIfNull(recomputed);
        if (committed.Losses.Count != recomputed.Losses.Count)
        {
            return $"{committed.Experiment} {committed.Variant}: {recomputed.Losses.Count} guard losses, {committed.Losses.Count} committed.";
        }

        for (int i = 0; i < committed.Losses.Count; i++)
        {
            double expected = committed.Losses[i];
            double actual = recomputed.Losses[i];
            if (!(Math.Abs(actual - expected) <= RelativeTolerance * Math.Abs(expected)))
            {
                return $"{committed.Experiment} {committed.Variant}: guard loss {i + 1} is {actual:R}, committed {expected:R} (relative difference {Math.Abs(actual - expected) / Math.Abs(expected):0.0e+0} > {RelativeTolerance:0e+0}): the numbers changed; if that is intended, raise NumbersVersion.Current and run 'reproduce guard --write'.";
            }
        }

        return null;
    }

    /// <summary>Inputs uniform in [0, 1) from the pinned data generator, labels cycling through the classes.</summary>
    private static (NDArray<float> X, NDArray<float> Y) Data(IReadOnlyList<int> inputShape, int classes, bool sparse)
    {
        var random = new DataRandom(Seed);
        int size = inputShape.Aggregate(1, (a, b) => a * b);
        var x = new NDArray<float>([.. Enumerable.Range(0, Samples * size).Select(_ => (float)((random.NextUInt64() >> 40) / (double)(1UL << 24)))], [Samples, .. inputShape]);
        var labels = new NDArray<byte>([.. Enumerable.Range(0, Samples).Select(i => (byte)(i % classes))], Samples);
        return (x, sparse ? DataUtilities.ToIndices(labels) : DataUtilities.ToCategorical(labels, classes));
    }

    private sealed class LossRecorder : Callbacks.Callback
    {
        public List<double> Losses { get; } = [];

        public override void OnBatchEnd(Callbacks.BatchProgress batch) => Losses.Add(batch.RunningLogs()["loss"]);
    }
}
