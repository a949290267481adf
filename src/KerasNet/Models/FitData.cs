using static TorchSharp.torch;

namespace KerasNet.Models;

/// <summary>The training and validation tensors of one <c>Fit</c>, converted once and freed at the end.</summary>
internal sealed class FitData : IDisposable
{
    private readonly List<Tensor> owned = [];

    public FitData(
        Sequential model,
        NDArray<float> x,
        NDArray<float> y,
        (NDArray<float> X, NDArray<float> Y)? validationData,
        double validationSplit,
        int validationBatchSize,
        IReadOnlyDictionary<string, (NDArray<float> X, NDArray<float> Y)>? evaluationData = null)
    {
        ValidationBatchSize = validationBatchSize;
        using var scope = NewDisposeScope();
        Evaluation = (evaluationData ?? new Dictionary<string, (NDArray<float> X, NDArray<float> Y)>())
            .Select(set => (set.Key, Own(TensorConversion.ToInternal(set.Value.X)), Own(model.TargetTensor(set.Value.Y))))
            .ToList();
        var allX = Own(TensorConversion.ToInternal(x));
        var allY = Own(model.TargetTensor(y));
        if (validationData is { } given)
        {
            ValidationX = Own(TensorConversion.ToInternal(given.X));
            ValidationY = Own(model.TargetTensor(given.Y));
            TrainX = allX;
            TrainY = allY;
        }
        else if (validationSplit > 0)
        {
            int splitAt = (int)Math.Floor(x.Count * (1.0 - validationSplit));
            if (splitAt == 0 || splitAt == x.Count)
            {
                throw new ArgumentException($"Training data contains {x.Count} samples, which is not sufficient to split it into a validation and training set as specified by validationSplit={validationSplit}.", nameof(validationSplit));
            }

            TrainX = Own(allX.narrow(0, 0, splitAt));
            TrainY = Own(allY.narrow(0, 0, splitAt));
            ValidationX = Own(allX.narrow(0, splitAt, x.Count - splitAt));
            ValidationY = Own(allY.narrow(0, splitAt, x.Count - splitAt));
        }
        else
        {
            TrainX = allX;
            TrainY = allY;
        }

        TrainCount = (int)TrainX.shape[0];
    }

    public Tensor TrainX { get; }

    public Tensor TrainY { get; }

    public Tensor? ValidationX { get; }

    public Tensor? ValidationY { get; }

    public int TrainCount { get; }

    /// <summary>Samples per forward pass when the validation and evaluation sets are evaluated.</summary>
    public int ValidationBatchSize { get; }

    /// <summary>Further named datasets evaluated at every evaluation point.</summary>
    public IReadOnlyList<(string Name, Tensor X, Tensor Y)> Evaluation { get; }

    public void Dispose() => owned.ForEach(t => t.Dispose());

    private Tensor Own(Tensor t)
    {
        t.DetachFromDisposeScope();
        owned.Add(t);
        return t;
    }
}
