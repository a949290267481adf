using KerasNet.Callbacks;
using KerasNet.Layers;
using static TorchSharp.torch;

namespace KerasNet.Models;

/// <summary>
/// Trains k copies of one dense model — the same architecture under k seeds — as one batched computation: each Dense
/// layer as a batched matrix product over the copies, the losses summed over copies (their weights are disjoint, so each
/// copy's gradient is its own), one elementwise optimizer step over the stacked weights. Each copy keeps its own initial
/// weights and its own data order, so it computes what its single <c>Fit</c> computes, up to float summation order;
/// small models then pay one framework step for k. Not a Keras API: KerasNet's answer to training a report's seeds on
/// few cores.
/// </summary>
public static class Lockstep
{
    /// <summary>
    /// Whether <paramref name="model"/> can be trained in lockstep: a plain <see cref="Sequential"/> (a subclass may train
    /// its own way in <c>TrainStep</c>), Flatten and Dense layers only (after the input), every layer trainable and no
    /// weight regularized.
    /// </summary>
    public static bool Supports(Sequential model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.GetType() == typeof(Sequential)
            && model.Layers.All(l => (l is Flatten || (l is Dense && l.Weights.All(w => w.Regularizer is null))) && l.Trainable)
            && model.Layers.OfType<Dense>().Any();
    }

    /// <summary>
    /// Trains the copies together (Keras <c>fit</c> for each, in one computation): every epoch each copy visits the
    /// training samples in its own order, in batches; logs, evaluation and callbacks are per copy, as its own <c>Fit</c>
    /// gives them.
    /// </summary>
    /// <param name="copies">At least one compiled model of one architecture with the same optimizer settings, loss and metrics.</param>
    /// <param name="x">Inputs, shape <c>(samples, …InputShape)</c>.</param>
    /// <param name="y">Targets.</param>
    /// <param name="batchSize">Samples per step. The default value is 32.</param>
    /// <param name="epochs">Epochs to train. The default value is 1.</param>
    /// <param name="validationData">Validation inputs and targets; none by default.</param>
    /// <param name="shuffle">Reorder the training samples every epoch. The default value is true.</param>
    /// <param name="validationFreq">Validate after every n-th epoch only. The default value is 1.</param>
    /// <param name="validationBatchSize">Samples per forward pass when validating; null, the default, uses <paramref name="batchSize"/>.</param>
    /// <returns>Each copy's learning curves, in order.</returns>
    /// <exception cref="ArgumentException">A copy cannot be trained in lockstep, or the copies differ.</exception>
    public static IReadOnlyList<History> Fit(
        IReadOnlyList<LockstepCopy> copies,
        NDArray<float> x,
        NDArray<float> y,
        int batchSize = 32,
        int epochs = 1,
        (NDArray<float> X, NDArray<float> Y)? validationData = null,
        bool shuffle = true,
        int validationFreq = 1,
        int? validationBatchSize = null)
    {
        ArgumentNullException.ThrowIfNull(copies);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(epochs);
        ArgumentOutOfRangeException.ThrowIfLessThan(validationFreq, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(validationBatchSize ?? batchSize, 1, nameof(validationBatchSize));
        var models = copies.Select(c => c.Model).ToList();
        CheckCopies(models);
        var first = models[0];
        var optimizer = first.Optimizer!;
        var loss = first.Loss!;
        first.CheckData(x, y, "x", "y");
        using var data = new FitData(first, x, y, validationData, 0, validationBatchSize ?? batchSize);
        var layers = first.Layers.Select((layer, i) => layer is Dense ? new StackedDense([.. models.Select(m => (Dense)m.Layers[i])]) : null).ToList();
        try
        {
            var stacked = layers.OfType<StackedDense>().ToList();
            using var fused = FusedDenseStep.For(first, stacked, data, copies.Count, batchSize);
            var variables = stacked.SelectMany(l => l.Weights).ToList();
            var multipliers = stacked.SelectMany(l => l.Weights.Select(_ => l.LearningRateMultiplier)).ToList();
            var slots = variables.Select(v => optimizer.NewSlots(v).Select(s => s.DetachFromDisposeScope()).ToArray()).ToList();
            var histories = copies.Select(_ => new History()).ToList();
            var callbacks = copies.Select((c, i) => (IReadOnlyList<Callback>)[histories[i], .. c.Callbacks ?? []]).ToList();
            var randoms = copies.Select(c => Seeding.DataRandomOfFirstFit(c.Seed)).ToList();
            for (int i = 0; i < copies.Count; i++)
            {
                foreach (var callback in callbacks[i])
                {
                    callback.Model = models[i];
                    callback.OnTrainBegin();
                }
            }

            var lastLogs = copies.Select(_ => (IReadOnlyDictionary<string, double>)new Dictionary<string, double>()).ToList();
            for (int epoch = 0; epoch < epochs; epoch++)
            {
                for (int i = 0; i < copies.Count; i++)
                {
                    foreach (var callback in callbacks[i])
                    {
                        callback.OnEpochBegin(epoch);
                    }
                }

                var orders = randoms.Select(r => shuffle ? r.Permutation(data.TrainCount) : [.. Enumerable.Range(0, data.TrainCount)]).ToList();
                double learningRate = optimizer.CurrentLearningRate;
                using var running = fused is null ? new RunningMeans(first.Metrics, copies.Count) : null;
                using var indices = fused is null ? Indices(orders) : null;
                fused?.ResetMeans();
                Func<int, IReadOnlyDictionary<string, double>> means = fused is null ? running!.Means : fused.Means;
                Action<int, int> step = fused is null
                    ? (start, count) => TensorStep(data, indices!, start, count, layers, variables, multipliers, slots, optimizer, loss, running!)
                    : (start, count) =>
                    {
                        fused.Step(orders, start, count, optimizer.CurrentLearningRate);
                        optimizer.CountStep();
                    };
                RunEpoch(epoch, data.TrainCount, batchSize, step, means, callbacks);
                stacked.ForEach(l => l.CopyBack());
                bool validate = (epoch + 1) % validationFreq == 0;
                for (int i = 0; i < copies.Count; i++)
                {
                    var logs = models[i].EpochLogs(means(i), data, learningRate, validate);
                    lastLogs[i] = logs;
                    foreach (var callback in callbacks[i])
                    {
                        if (validate)
                        {
                            callback.OnEvaluation(epoch + 1.0, logs);
                        }

                        callback.OnEpochEnd(epoch, logs);
                    }
                }
            }

            for (int i = 0; i < copies.Count; i++)
            {
                foreach (var callback in callbacks[i])
                {
                    callback.OnTrainEnd(lastLogs[i]);
                }
            }

            slots.ForEach(s => Array.ForEach(s, t => t.Dispose()));
            return histories;
        }
        finally
        {
            layers.ForEach(l => l?.Dispose());
        }
    }

    /// <summary>One epoch of steps of <paramref name="step"/> (first sample, samples) with every copy's batch callbacks around each.</summary>
    private static void RunEpoch(
        int epoch,
        int samples,
        int batchSize,
        Action<int, int> step,
        Func<int, IReadOnlyDictionary<string, double>> means,
        IReadOnlyList<IReadOnlyList<Callback>> callbacks)
    {
        int batches = (samples + batchSize - 1) / batchSize;
        for (int batch = 0; batch < batches; batch++)
        {
            foreach (var callback in callbacks.SelectMany(c => c))
            {
                callback.OnBatchBegin(epoch, batch);
            }

            int start = batch * batchSize;
            step(start, Math.Min(batchSize, samples - start));
            for (int i = 0; i < callbacks.Count; i++)
            {
                int copy = i;
                var progress = new BatchProgress(epoch, batch, batches, () => means(copy));
                foreach (var callback in callbacks[i])
                {
                    callback.OnBatchEnd(progress);
                }
            }
        }
    }

    /// <summary>
    /// One step of every copy as framework kernels: the copies' batches gathered by <paramref name="indices"/>, the
    /// stacked layers, the losses summed over copies, one optimizer update of the stacked weights.
    /// </summary>
    private static void TensorStep(
        FitData data,
        Tensor indices,
        int start,
        int count,
        IReadOnlyList<StackedDense?> layers,
        IReadOnlyList<Tensor> variables,
        IReadOnlyList<double> multipliers,
        IReadOnlyList<Tensor[]> slots,
        Optimizers.Optimizer optimizer,
        Losses.Loss loss,
        RunningMeans running)
    {
        using var scope = NewDisposeScope();
        long copies = indices.shape[0];
        var batchIndices = indices.narrow(1, start, count).reshape(-1);
        var xb = data.TrainX.index_select(0, batchIndices);
        var yb = data.TrainY.index_select(0, batchIndices);
        var h = xb.reshape(copies, count, -1);
        foreach (var layer in layers)
        {
            h = layer is null ? h : layer.Call(h);
        }

        var prediction = h.reshape(copies * count, -1);
        var losses = loss.PerSample(yb, prediction).reshape(copies, count).mean([1]);
        var gradients = autograd.grad([losses.sum()], [.. variables]);
        optimizer.Apply(variables, [.. gradients], multipliers, slots);
        running.Add(losses, yb, prediction, count);
    }

    /// <summary>
    /// The copies' orders as one <c>(k, samples)</c> index tensor. Its parts are made in a dispose scope: a part held by
    /// nothing else could be finalized while <c>stack</c> still reads it.
    /// </summary>
    private static Tensor Indices(IReadOnlyList<int[]> orders)
    {
        using var scope = NewDisposeScope();
        return Backend.Engine.Place(stack(orders.Select(o => tensor(o.Select(i => (long)i).ToArray())).ToList())).DetachFromDisposeScope();
    }

    private static void CheckCopies(IReadOnlyList<Sequential> models)
    {
        if (models.Count == 0)
        {
            throw new ArgumentException("Lockstep needs at least one model.", nameof(models));
        }

        var first = models[0];
        if (first.Optimizer is null || first.Loss is null)
        {
            throw new ArgumentException("Lockstep: compile every model first.", nameof(models));
        }

        if (!Supports(first))
        {
            throw new ArgumentException($"Lockstep trains dense models only (Flatten and Dense layers, trainable, unregularized); '{first.Name}' has {string.Join(", ", first.Layers.Select(l => l.GetType().Name).Distinct())}.", nameof(models));
        }

        string Signature(Sequential m) =>
            $"{string.Join(";", m.Layers.Select(l => $"{l.GetType().Name}:{string.Join(",", l.Weights.Select(w => w.Shape))}"))}|{m.Optimizer}|{m.Loss?.GetType().Name}|{string.Join(",", m.Metrics.Select(x => x.Name))}";
        var other = models.FirstOrDefault(m => m.Optimizer is null || Signature(m) != Signature(first));
        if (other is not null)
        {
            throw new ArgumentException($"Lockstep copies must share architecture, optimizer, loss and metrics; '{other.Name}' differs from '{first.Name}'.", nameof(models));
        }
    }
}
