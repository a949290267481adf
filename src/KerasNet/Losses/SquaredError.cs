using static TorchSharp.torch;

namespace KerasNet.Losses;

/// <summary>
/// The reports' "squared error" <c>½ Σ (y − t)²</c> over the outputs of a sample (reports aven2019 and
/// highsmith2019), averaged over the batch.
/// </summary>
public sealed class SquaredError : Loss
{
    /// <inheritdoc />
    public override string Name => "squared_error";

    /// <inheritdoc />
    public override Tensor PerSample(Tensor target, Tensor prediction) =>
        (prediction - target).square().reshape(prediction.shape[0], -1).sum(1).mul(0.5);
}
