using static TorchSharp.torch;

namespace KerasNet.Losses;

/// <summary>Keras <c>mean_squared_error</c>: per sample, the mean of <c>(y − t)²</c> over the outputs.</summary>
public sealed class MeanSquaredError : Loss
{
    /// <inheritdoc />
    public override string Name => "mean_squared_error";

    /// <inheritdoc />
    public override Tensor PerSample(Tensor target, Tensor prediction) =>
        (prediction - target).square().reshape(prediction.shape[0], -1).mean([1]);
}
