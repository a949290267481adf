using static TorchSharp.torch;

namespace KerasNet.Regularizers;

/// <summary>Keras <c>L2</c>: <c>l2 · Σ w²</c>.</summary>
public sealed class L2 : Regularizer
{
    /// <summary>Creates the penalty.</summary>
    /// <param name="l2">Factor. The default value is 0.01, as in Keras.</param>
    public L2(double l2 = 0.01)
    {
        if (l2 < 0 || !double.IsFinite(l2))
        {
            throw new ArgumentOutOfRangeException(nameof(l2), $"Expected a non-negative factor. Received: l2={l2}");
        }

        Factor = l2;
    }

    /// <summary>The factor.</summary>
    public double Factor { get; }

    /// <inheritdoc />
    public override Tensor Penalty(Tensor weight) => weight.square().sum().mul(Factor);
}
