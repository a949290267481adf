using KerasNet.Callbacks;
using KerasNet.Layers;
using static TorchSharp.torch;

namespace KerasNet.Models;

public sealed partial class Sequential
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
    /// <param name="evaluationsPerEpoch">Evaluation points per epoch (report aven2019 uses 20). The default value is 1.</param>
    /// <param name="validationFreq">Keras's <c>validation_freq</c>: validate (and log an evaluation point) after every n-th epoch only; the other epochs' logs have no <c>val_</c> values. Above 1 it needs one evaluation per epoch. The default value is 1.</param>
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
        int validationFreq = 1)
    {
        var (optimizer, loss) = RequireCompiled(nameof(Fit));
        RequirePositive(batchSize, nameof(batchSize));
        if (epochs < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(epochs), $"Expected a non-negative integer. Received: epochs={epochs}");
        }

        RequirePositive(evaluationsPerEpoch, nameof(evaluationsPerEpoch));
        RequirePositive(validationFreq, nameof(validationFreq));
        if (validationFreq > 1 && evaluationsPerEpoch > 1)
        {
            throw new ArgumentException($"validationFreq above 1 needs one evaluation per epoch. Received: validationFreq={validationFreq}, evaluationsPerEpoch={evaluationsPerEpoch}", nameof(validationFreq));
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

        using var data = new FitData(this, x, y, validationData, validationSplit);
        var history = new History();
        var allCallbacks = new List<Callback> { history };
        allCallbacks.AddRange(callbacks ?? []);
        var trainable = Weights.Where(w => w.IsTrainable).ToList();
        var random = Seeding.NextDataRandom();
        var lastLogs = new Dictionary<string, double>();

        StopTraining = false;
        allCallbacks.ForEach(c => c.Model = this);
        allCallbacks.ForEach(c => c.OnTrainBegin());
        for (int epoch = initialEpoch; epoch < epochs && !StopTraining; epoch++)
        {
            allCallbacks.ForEach(c => c.OnEpochBegin(epoch));
            bool validate = (epoch + 1) % validationFreq == 0;
            lastLogs = RunEpoch(epoch, data, batchSize, shuffle ? random.Permutation(data.TrainCount) : null, evaluationsPerEpoch, validate, trainable, optimizer, loss, allCallbacks);
            foreach (var callback in allCallbacks)
            {
                callback.OnEpochEnd(epoch, lastLogs);
            }
        }

        allCallbacks.ForEach(c => c.OnTrainEnd(lastLogs));
        return history;
    }

    private Dictionary<string, double> RunEpoch(
        int epoch,
        FitData data,
        int batchSize,
        int[]? order,
        int evaluationsPerEpoch,
        bool validate,
        List<Weight> trainable,
        Optimizers.Optimizer optimizer,
        Losses.Loss loss,
        List<Callback> callbacks)
    {
        int batches = (data.TrainCount + batchSize - 1) / batchSize;
        var evaluationPoints = Enumerable.Range(1, evaluationsPerEpoch)
            .Select(j => Math.Max(1, (int)Math.Round((double)j * batches / evaluationsPerEpoch)))
            .ToList();
        double learningRate = optimizer.CurrentLearningRate;
        using var indices = order is null ? arange(data.TrainCount, dtype: ScalarType.Int64) : tensor(order.Select(i => (long)i).ToArray());
        using var running = new RunningMeans(Metrics);
        var trainableTensors = trainable.Select(w => w.Value).ToList();
        for (int batch = 0; batch < batches; batch++)
        {
            using (var scope = NewDisposeScope())
            {
                int start = batch * batchSize;
                int count = Math.Min(batchSize, data.TrainCount - start);
                var batchIndices = indices.narrow(0, start, count);
                var xb = data.TrainX.index_select(0, batchIndices);
                var yb = data.TrainY.index_select(0, batchIndices);
                var prediction = Forward(xb, training: true);
                var objective = WithPenalty(loss.Compute(yb, prediction));
                if (trainableTensors.Count > 0)
                {
                    var gradients = autograd.grad([objective], trainableTensors);
                    optimizer.Apply(trainable, gradients);
                }

                running.Add(objective, yb, prediction, count);
            }

            var progress = new BatchProgress(epoch, batch, batches, () => running.Means());
            callbacks.ForEach(c => c.OnBatchEnd(progress));
            for (int point = 0; point < evaluationPoints.Count; point++)
            {
                if (evaluationPoints[point] == batch + 1 && point < evaluationPoints.Count - 1)
                {
                    double at = epoch + ((point + 1.0) / evaluationsPerEpoch);
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
            foreach (var (name, value) in EvaluateTensors(data.ValidationX, data.ValidationY!, batchSize: 256))
            {
                logs["val_" + name] = value;
            }
        }

        logs["learning_rate"] = learningRate;
        return logs;
    }

    /// <summary>
    /// The loss plus the penalties of the trainable weights (Keras adds them to the reported loss, and Keras 3 collects
    /// them from <c>trainable_weights</c> only, so a frozen layer's penalty is left out); no extra work without regularizers.
    /// </summary>
    private Tensor WithPenalty(Tensor loss)
    {
        foreach (var weight in layers.SelectMany(l => l.Weights))
        {
            if (weight.Regularizer is not null && weight.IsTrainable)
            {
                loss = loss + weight.Regularizer.Penalty(weight.Value);
            }
        }

        return loss;
    }

    private static void RequirePositive(int value, string name)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, $"Expected a positive integer. Received: {name}={value}");
        }
    }
}
