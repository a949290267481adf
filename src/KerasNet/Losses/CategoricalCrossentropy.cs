using TorchSharp;
using static TorchSharp.torch;

namespace KerasNet.Losses;

/// <summary>
/// Crossentropy between one-hot (or soft) targets and predictions. From probabilities it follows Keras:
/// predictions are rescaled to sum to one, clipped to <c>[1e-7, 1 − 1e-7]</c>, then <c>−Σ t·log p</c>.
/// </summary>
/// <param name="fromLogits">Whether predictions are logits rather than probabilities. The default value is false.</param>
public sealed class CategoricalCrossentropy(bool fromLogits = false) : Loss
{
    /// <summary>Keras's <c>backend.epsilon()</c>, the clipping bound.</summary>
    public const double Epsilon = 1e-7;

    /// <summary>Whether predictions are logits.</summary>
    public bool FromLogits { get; } = fromLogits;

    /// <inheritdoc />
    public override string Name => "categorical_crossentropy";

    /// <inheritdoc />
    public override Tensor PerSample(Tensor target, Tensor prediction) =>
        -(target * LogProbabilities(prediction, FromLogits)).sum(1);

    /// <summary>Log-probabilities as Keras computes them from logits or from (clipped) probabilities.</summary>
    internal static Tensor LogProbabilities(Tensor prediction, bool fromLogits)
    {
        if (fromLogits)
        {
            return prediction.log_softmax(1);
        }

        var normalized = prediction / prediction.sum(1, keepdim: true);
        using var low = Epsilon.ToScalar();
        using var high = (1 - Epsilon).ToScalar();
        return normalized.clamp(low, high).log();
    }
}
