using static TorchSharp.torch;

namespace KerasNet.Metrics;

/// <summary>
/// Keras's <c>"accuracy"</c>: which accuracy is meant follows from the targets, as Keras resolves it —
/// categorical (arg-max of one-hot targets), sparse (integer targets) or binary (one output, threshold 0.5).
/// </summary>
public sealed class Accuracy : Metric
{
    /// <inheritdoc />
    public override string Name => "accuracy";

    /// <inheritdoc />
    public override Tensor PerSample(Tensor target, Tensor prediction)
    {
        long outputs = prediction.shape[^1];
        if (outputs == 1)
        {
            return prediction.gt(0.5).to(target.dtype).eq(target.reshape(prediction.shape)).reshape(-1).to(ScalarType.Float32);
        }

        var predicted = prediction.argmax(1);
        var expected = target.dim() == prediction.dim() && target.shape[^1] == outputs
            ? target.argmax(1)
            : target.reshape(-1).to(ScalarType.Int64);
        return predicted.eq(expected).to(ScalarType.Float32);
    }
}
