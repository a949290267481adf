using static TorchSharp.torch;

namespace KerasNet.Regularizers;

/// <summary>Keras <c>L1</c>: <c>l1 · Σ |w|</c>.</summary>
public sealed class L1 : Regularizer
{
    /// <summary>Creates the penalty.</summary>
    /// <param name="l1">Factor. The default value is 0.01, as in Keras.</param>
    public L1(double l1 = 0.01)
    {
        if (l1 < 0 || !double.IsFinite(l1))
        {
            throw new ArgumentOutOfRangeException(nameof(l1), $"Expected a non-negative factor. Received: l1={l1}");
        }

        Factor = l1;
    }

    /// <summary>The factor.</summary>
    public double Factor { get; }

    /// <inheritdoc />
    public override Tensor Penalty(Tensor weight) => weight.abs().sum().mul(Factor);
}
