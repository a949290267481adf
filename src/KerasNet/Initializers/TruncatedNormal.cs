using static TorchSharp.torch;

namespace KerasNet.Initializers;

/// <summary>
/// Normal with values further than two standard deviations from the mean redrawn (Keras
/// <c>truncated_normal</c>).
/// </summary>
/// <param name="mean">The mean. The default value is 0.</param>
/// <param name="standardDeviation">The standard deviation before truncation. The default value is 0.05.</param>
public sealed class TruncatedNormal(double mean = 0, double standardDeviation = 0.05) : Initializer
{
    /// <inheritdoc />
    public override string Name => "truncated_normal";

    /// <inheritdoc />
    public override Tensor Generate(Shape shape) => Sample(TorchShape(shape), mean, standardDeviation);

    /// <summary>Standard normal samples, redrawn until all lie within ±2, then scaled and shifted.</summary>
    internal static Tensor Sample(long[] shape, double mean, double standardDeviation)
    {
        var values = randn(shape);
        while (true)
        {
            using var outside = values.abs().gt(2.0);
            long count = outside.sum().item<long>();
            if (count == 0)
            {
                break;
            }

            using var redraw = randn(count);
            values.masked_scatter_(outside, redraw);
        }

        return values.mul_(standardDeviation).add_(mean);
    }
}
