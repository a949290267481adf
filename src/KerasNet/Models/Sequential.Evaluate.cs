using static TorchSharp.torch;

namespace KerasNet.Models;

public partial class Sequential
{
    /// <summary>The loss (with weight penalties, as Keras) and metrics on the given data, in inference mode (Keras <c>evaluate</c>).</summary>
    /// <param name="x">Inputs.</param>
    /// <param name="y">Targets.</param>
    /// <param name="batchSize">Samples per forward pass. The default value is 32.</param>
    public IReadOnlyDictionary<string, double> Evaluate(NDArray<float> x, NDArray<float> y, int batchSize = 32)
    {
        RequireCompiled(nameof(Evaluate));
        RequirePositive(batchSize, nameof(batchSize));
        CheckData(x, y, "x", "y");
        using var scope = NewDisposeScope();
        return EvaluateTensors(TensorConversion.ToInternal(x), TargetTensor(y), batchSize);
    }

    /// <summary>The model's outputs for <paramref name="x"/>, in inference mode (Keras <c>predict</c>).</summary>
    /// <param name="x">Inputs.</param>
    /// <param name="batchSize">Samples per forward pass. The default value is 32.</param>
    public NDArray<float> Predict(NDArray<float> x, int batchSize = 32)
    {
        ArgumentNullException.ThrowIfNull(x);
        RequirePositive(batchSize, nameof(batchSize));
        CheckInputs(x, "x");
        using var scope = NewDisposeScope();
        using var inference = inference_mode();
        var inputs = TensorConversion.ToInternal(x);
        var outputs = Enumerable.Range(0, (x.Count + batchSize - 1) / batchSize)
            .Select(b => Call(inputs.narrow(0, b * batchSize, Math.Min(batchSize, x.Count - (b * batchSize))), training: false))
            .ToList();
        return TensorConversion.ToArray(cat(outputs, 0));
    }

    private Dictionary<string, double> EvaluateTensors(Tensor x, Tensor y, int batchSize)
    {
        using var running = new RunningMeans(Metrics);
        using (no_grad())
        {
            long total = x.shape[0];
            for (long start = 0; start < total; start += batchSize)
            {
                using var scope = NewDisposeScope();
                int count = (int)Math.Min(batchSize, total - start);
                var yb = y.narrow(0, start, count);
                var step = TestStep(x.narrow(0, start, count), yb);
                running.Add(step.Loss, yb, step.Predictions, count);
            }
        }

        return new Dictionary<string, double>(running.Means(), StringComparer.Ordinal);
    }

    /// <summary>Targets as a tensor: class indices (int64) for a sparse loss, otherwise float32 in the internal layout.</summary>
    internal Tensor TargetTensor(NDArray<float> y) => TensorConversion.ToTargets(y, Loss is { TakesClassIndices: true });

    internal void CheckInputs(NDArray<float> x, string name)
    {
        if (x.SampleShape is null || !x.SampleShape.Equals(InputShape))
        {
            throw new ArgumentException($"{name} has samples of shape {x.SampleShape?.ToString() ?? "()"}; model '{Name}' expects input shape {InputShape}.", name);
        }
    }

    internal void CheckData(NDArray<float> x, NDArray<float> y, string xName, string yName)
    {
        ArgumentNullException.ThrowIfNull(x, xName);
        ArgumentNullException.ThrowIfNull(y, yName);
        CheckInputs(x, xName);
        if (y.Count != x.Count)
        {
            throw new ArgumentException($"{xName} has {x.Count} samples but {yName} has {y.Count}.", yName);
        }

        if (Loss is { TakesClassIndices: true })
        {
            int classes = OutputShape[-1];
            if (y.SampleSize != 1 || y.Data.Any(v => v < 0 || v >= classes || v != Math.Floor(v)))
            {
                throw new ArgumentException($"{yName} must hold one class index in [0, {classes}) per sample for loss '{Loss.Name}'.", yName);
            }
        }
        else if (y.SampleShape is null || !y.SampleShape.Equals(OutputShape))
        {
            throw new ArgumentException($"{yName} has samples of shape {y.SampleShape?.ToString() ?? "()"}; model '{Name}' outputs {OutputShape} (one-hot encode class labels, or use a sparse loss).", yName);
        }
    }
}
