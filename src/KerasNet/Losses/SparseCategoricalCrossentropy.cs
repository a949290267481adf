using static TorchSharp.torch;

namespace KerasNet.Losses;

/// <summary>Crossentropy with integer class targets (Keras <c>sparse_categorical_crossentropy</c>), same clipping as <see cref="CategoricalCrossentropy"/>.</summary>
/// <param name="fromLogits">Whether predictions are logits rather than probabilities. The default value is false.</param>
public sealed class SparseCategoricalCrossentropy(bool fromLogits = false) : Loss
{
    /// <summary>Whether predictions are logits.</summary>
    public bool FromLogits { get; } = fromLogits;

    /// <inheritdoc />
    public override string Name => "sparse_categorical_crossentropy";

    /// <inheritdoc />
    public override bool TakesClassIndices => true;

    /// <inheritdoc />
    public override Tensor PerSample(Tensor target, Tensor prediction)
    {
        var logProbabilities = CategoricalCrossentropy.LogProbabilities(prediction, FromLogits);
        var indices = target.reshape(-1, 1).to(ScalarType.Int64);
        return -logProbabilities.gather(1, indices).squeeze(1);
    }
}
