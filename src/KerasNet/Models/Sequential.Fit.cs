using KerasNet.Callbacks;
using static TorchSharp.torch;

namespace KerasNet.Models;

public partial class Sequential
{
    /// <summary>
    /// Trains the model (Keras <c>fit</c>). Each epoch visits the training samples in a new order (when
    /// <paramref name="shuffle"/>) in batches; the logged <c>loss</c> and metrics are the sample-weighted means
    /// over the epoch's batches, computed before each batch's update, as Keras reports them.
    /// </summary>
    /// <param name="x">Inputs, shape <c>(samples, …InputShape)</c>.</param>
    /// <param name="y">Targets: one-hot/continuous <c>(samples, …OutputShape)</c>, or class indices for a sparse loss.</param>
    /// <param name="batchSize">Samples per step. The default value is 32.</param>
    /// <param name="epochs">Epochs to train. The default value is 1.</param>
    /// <param name="validationSplit">Fraction of the samples, taken from the end before shuffling, held out for validation. The default value is 0.</param>
    /// <param name="validationData">Validation inputs and targets; takes precedence over the split.</param>
    /// <param name="shuffle">Reorder the training samples every epoch. The default value is true.</param>
    /// <param name="callbacks">Callbacks besides the returned <see cref="History"/>.</param>
    /// <param name="evaluationsPerEpoch">Evaluation points per epoch, evenly spaced. The default value is 1.</param>
    /// <param name="validationFreq">Keras's <c>validation_freq</c>: validate (and log an evaluation point) after every n-th epoch only; the other epochs' logs have no <c>val_</c> values. Above 1 it needs one evaluation per epoch. The default value is 1.</param>
    /// <param name="stepsPerEpoch">Keras's <c>steps_per_epoch</c>: an epoch is this many batches, the first of the epoch's order (the samples left over are not visited that epoch). Null, the default, visits every sample.</param>
    /// <param name="evaluationSteps">The steps of each epoch (counted from 1, ascending, the last the epoch's last step) after which the model is evaluated, instead of <paramref name="evaluationsPerEpoch"/> evenly spaced points; report aven2019 evaluates after batches 0, 21, …, 420 of 421. Null by default.</param>
    /// <param name="evaluationData">Further named datasets evaluated at every evaluation point, logged as <c>{name}_{metric}</c> (e.g. <c>train</c> → <c>train_accuracy</c>, the metric over the whole training set rather than the running mean). None by default.</param>
    /// <param name="epochSamples">The training samples each epoch visits, by index, in this order (or anew in a random order of them each epoch when <paramref name="shuffle"/>); a sample may be left out or visited twice. Report highsmith2019 presents samples t and T − t alternately. Null, the default, visits every training sample.</param>
    /// <param name="validationBatchSize">Samples per forward pass when validating (and evaluating <paramref name="evaluationData"/>), Keras's <c>validation_batch_size</c>: null, the default, uses <paramref name="batchSize"/>, as Keras does. It changes only the summation order of the validation metrics.</param>
    /// <param name="initialEpoch">The epoch index to start from, as Keras's <c>initial_epoch</c> (continuing an earlier fit trains epochs <c>initialEpoch..epochs-1</c>). The default value is 0.</param>
    /// <returns>The learning curves.</returns>
    public History Fit(
        NDArray<float> x,
        NDArray<float> y,
        int batchSize = 32,
        int epochs = 1,
        double validationSplit = 0,
        (NDArray<float> X, NDArray<float> Y)? validationData = null,
        bool shuffle = true,
        IEnumerable<Callback>? callbacks = null,
        int evaluationsPerEpoch = 1,
        int initialEpoch = 0,
        int validationFreq = 1,
        int? stepsPerEpoch = null,
        IReadOnlyList<int>? evaluationSteps = null,
        IReadOnlyDictionary<string, (NDArray<float> X, NDArray<float> Y)>? evaluationData = null,
        IReadOnlyList<int>? epochSamples = null,
        int? validationBatchSize = null)
    {
        var optimizer = RequireCompiled(nameof(Fit)).Optimizer;
        RequirePositive(batchSize, nameof(batchSize));
        RequirePositive(validationBatchSize ?? batchSize, nameof(validationBatchSize));
        if (epochs < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(epochs), $"Expected a non-negative integer. Received: epochs={epochs}");
        }

        RequirePositive(evaluationsPerEpoch, nameof(evaluationsPerEpoch));
        RequirePositive(validationFreq, nameof(validationFreq));
        if (validationFreq > 1 && (evaluationSteps?.Count ?? evaluationsPerEpoch) > 1)
        {
            throw new ArgumentException($"validationFreq above 1 needs one evaluation per epoch. Received: validationFreq={validationFreq}, evaluationsPerEpoch={evaluationSteps?.Count ?? evaluationsPerEpoch}", nameof(validationFreq));
        }

        if (initialEpoch < 0 || initialEpoch > epochs)
        {
            throw new ArgumentOutOfRangeException(nameof(initialEpoch), $"Expected 0 <= initialEpoch <= epochs. Received: initialEpoch={initialEpoch}, epochs={epochs}");
        }

        if (validationSplit is < 0 or >= 1 || double.IsNaN(validationSplit))
        {
            throw new ArgumentOutOfRangeException(nameof(validationSplit), $"Expected a fraction in [0, 1). Received: validationSplit={validationSplit}");
        }

        CheckData(x, y, "x", "y");
        if (validationData is { } given)
        {
            CheckData(given.X, given.Y, "validationData.X", "validationData.Y");
        }

        foreach (var (name, set) in evaluationData ?? new Dictionary<string, (NDArray<float> X, NDArray<float> Y)>())
        {
            CheckData(set.X, set.Y, $"evaluationData[{name}].X", $"evaluationData[{name}].Y");
        }

        using var data = new FitData(this, x, y, validationData, validationSplit, validationBatchSize ?? batchSize, evaluationData);
        int[] samples = EpochSamples(data.TrainCount, epochSamples);
        int steps = StepsPerEpoch(samples.Length, batchSize, stepsPerEpoch);
        var points = EvaluationPoints(steps, evaluationsPerEpoch, evaluationSteps);
        var history = new History();
        var allCallbacks = new List<Callback> { history };
        allCallbacks.AddRange(callbacks ?? []);
        var random = Seeding.NextDataRandom();
        var lastLogs = new Dictionary<string, double>();

        StopTraining = false;
        ActiveFit = new FitState(history, random, initialEpoch, samples.Length, batchSize);
        try
        {
            allCallbacks.ForEach(c => c.Model = this);
            allCallbacks.ForEach(c => c.OnTrainBegin());
            for (int epoch = ActiveFit.NextEpoch; epoch < epochs && !StopTraining; epoch++)
            {
                allCallbacks.ForEach(c => c.OnEpochBegin(epoch));
                bool validate = (epoch + 1) % validationFreq == 0;
                lastLogs = RunEpoch(epoch, data, batchSize, steps, shuffle ? [.. random.Permutation(samples.Length).Select(i => samples[i])] : samples, points, validate, optimizer, allCallbacks);
                ActiveFit.NextEpoch = epoch + 1;
                foreach (var callback in allCallbacks)
                {
                    callback.OnEpochEnd(epoch, lastLogs);
                }
            }

            allCallbacks.ForEach(c => c.OnTrainEnd(lastLogs));
        }
        finally
        {
            ActiveFit = null;
        }

        return history;
    }

    /// <summary>The state of the <c>Fit</c> under way (null outside one), which <see cref="BackupAndRestore"/> saves and restores.</summary>
    internal FitState? ActiveFit { get; private set; }

    private Dictionary<string, double> RunEpoch(
        int epoch,
        FitData data,
        int batchSize,
        int batches,
        int[] order,
        IReadOnlyList<(int Step, double Fraction)> evaluationPoints,
        bool validate,
        Optimizers.Optimizer optimizer,
        List<Callback> callbacks)
    {
        double learningRate = optimizer.CurrentLearningRate;
        using var indices = Backend.Engine.Place(tensor(order.Select(i => (long)i).ToArray()));
        using var running = new RunningMeans(Metrics);
        for (int batch = 0; batch < batches; batch++)
        {
            callbacks.ForEach(c => c.OnBatchBegin(epoch, batch));
            using (var scope = NewDisposeScope())
            {
                int start = batch * batchSize;
                int count = Math.Min(batchSize, order.Length - start);
                var batchIndices = indices.narrow(0, start, count);
                var xb = data.TrainX.index_select(0, batchIndices);
                var yb = data.TrainY.index_select(0, batchIndices);
                var step = TrainStep(xb, yb);
                running.Add(step.Loss, yb, step.Predictions, count);
            }

            var progress = new BatchProgress(epoch, batch, batches, () => running.Means());
            callbacks.ForEach(c => c.OnBatchEnd(progress));
            for (int point = 0; point < evaluationPoints.Count - 1; point++)
            {
                if (evaluationPoints[point].Step == batch + 1)
                {
                    double at = epoch + evaluationPoints[point].Fraction;
                    var logs = WithValidation(running.Means(), data, learningRate);
                    callbacks.ForEach(c => c.OnEvaluation(at, logs));
                }
            }
        }

        var epochLogs = EpochLogs(running.Means(), data, learningRate, validate);
        if (validate)
        {
            callbacks.ForEach(c => c.OnEvaluation(epoch + 1.0, epochLogs));
        }

        return epochLogs;
    }

    /// <summary>An epoch's logs: the training means, the validation metrics when the epoch validates, the learning rate.</summary>
    internal Dictionary<string, double> EpochLogs(IReadOnlyDictionary<string, double> training, FitData data, double learningRate, bool validate) =>
        validate ? WithValidation(training, data, learningRate) : new Dictionary<string, double>(training, StringComparer.Ordinal) { ["learning_rate"] = learningRate };

    private Dictionary<string, double> WithValidation(IReadOnlyDictionary<string, double> training, FitData data, double learningRate)
    {
        var logs = new Dictionary<string, double>(training, StringComparer.Ordinal);
        if (data.ValidationX is not null)
        {
            foreach (var (name, value) in EvaluateTensors(data.ValidationX, data.ValidationY!, data.ValidationBatchSize))
            {
                logs["val_" + name] = value;
            }
        }

        foreach (var (set, x, y) in data.Evaluation)
        {
            foreach (var (name, value) in EvaluateTensors(x, y, data.ValidationBatchSize))
            {
                logs[$"{set}_{name}"] = value;
            }
        }

        logs["learning_rate"] = learningRate;
        return logs;
    }

    /// <summary>The samples an epoch visits: every one in order, or the given indices once each checked against the training set.</summary>
    private static int[] EpochSamples(int trainCount, IReadOnlyList<int>? epochSamples)
    {
        if (epochSamples is null)
        {
            return [.. Enumerable.Range(0, trainCount)];
        }

        if (epochSamples.Count == 0)
        {
            throw new ArgumentException("Expected at least one sample index. Received: epochSamples=[]", nameof(epochSamples));
        }

        foreach (int index in epochSamples)
        {
            if (index < 0 || index >= trainCount)
            {
                throw new ArgumentOutOfRangeException(nameof(epochSamples), $"Expected sample indices in [0, {trainCount}) ({trainCount} training samples). Received: {index}");
            }
        }

        return [.. epochSamples];
    }

    /// <summary>The batches of one epoch: all samples' batches, or <paramref name="stepsPerEpoch"/> when the data hold that many.</summary>
    private static int StepsPerEpoch(int samples, int batchSize, int? stepsPerEpoch)
    {
        int all = (samples + batchSize - 1) / batchSize;
        if (stepsPerEpoch is not { } steps)
        {
            return all;
        }

        return steps >= 1 && (long)steps * batchSize <= samples
            ? steps
            : throw new ArgumentOutOfRangeException(nameof(stepsPerEpoch), $"Expected 1 <= stepsPerEpoch <= {samples / batchSize} ({samples} samples in batches of {batchSize}). Received: stepsPerEpoch={steps}");
    }

    /// <summary>
    /// The 1-based steps of an epoch after which it evaluates, the last being the epoch's last step, each with the fraction
    /// of the epoch it is logged at (evenly spaced points at j / n, given steps at step / steps).
    /// </summary>
    private static List<(int Step, double Fraction)> EvaluationPoints(int batches, int evaluationsPerEpoch, IReadOnlyList<int>? evaluationSteps)
    {
        if (evaluationSteps is null)
        {
            return Enumerable.Range(1, evaluationsPerEpoch).Select(j => (Math.Max(1, (int)Math.Round((double)j * batches / evaluationsPerEpoch)), (double)j / evaluationsPerEpoch)).ToList();
        }

        bool ascending = evaluationSteps.Count > 0 && evaluationSteps.Zip(evaluationSteps.Skip(1)).All(p => p.First < p.Second) && evaluationSteps[0] >= 1;
        return ascending && evaluationSteps[^1] == batches
            ? evaluationSteps.Select(step => (step, (double)step / batches)).ToList()
            : throw new ArgumentException($"Expected ascending steps from 1 ending at the epoch's last step {batches}. Received: evaluationSteps=[{string.Join(", ", evaluationSteps)}]", nameof(evaluationSteps));
    }

    private static void RequirePositive(int value, string name)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, $"Expected a positive integer. Received: {name}={value}");
        }
    }
}
