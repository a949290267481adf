using static TorchSharp.torch;

namespace KerasNet.Initializers;

/// <summary>
/// Keras's <c>VarianceScaling</c>: variance <c>scale / n</c> with n the chosen fan. The Glorot, He and LeCun
/// initializers are instances of it.
/// </summary>
public class VarianceScaling : Initializer
{
    /// <summary>Standard deviation of the standard normal truncated to ±2, which Keras divides by.</summary>
    private const double TruncatedStandardDeviation = 0.87962566103423978;

    /// <summary>Creates the initializer.</summary>
    /// <param name="scale">Scaling factor. The default value is 1.</param>
    /// <param name="mode">Fan to divide by. The default value is <see cref="FanMode.FanIn"/>.</param>
    /// <param name="distribution">Distribution. The default value is <see cref="ScalingDistribution.TruncatedNormal"/>.</param>
    /// <param name="name">Keras name reported by <see cref="Name"/>.</param>
    public VarianceScaling(double scale = 1.0, FanMode mode = FanMode.FanIn, ScalingDistribution distribution = ScalingDistribution.TruncatedNormal, string name = "variance_scaling")
    {
        if (scale <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(scale), $"Expected a positive scale. Received: scale={scale}");
        }

        Scale = scale;
        Mode = mode;
        Distribution = distribution;
        Name = name;
    }

    /// <summary>The scaling factor.</summary>
    public double Scale { get; }

    /// <summary>The fan the scale is divided by.</summary>
    public FanMode Mode { get; }

    /// <summary>The distribution sampled.</summary>
    public ScalingDistribution Distribution { get; }

    /// <inheritdoc />
    public override string Name { get; }

    /// <inheritdoc />
    public override Tensor Generate(Shape shape)
    {
        var (fanIn, fanOut) = ComputeFans(shape);
        double n = Mode switch
        {
            FanMode.FanIn => fanIn,
            FanMode.FanOut => fanOut,
            _ => (fanIn + fanOut) / 2.0,
        };
        double variance = Scale / Math.Max(1.0, n);
        var torchShape = TorchShape(shape);
        return Distribution switch
        {
            ScalingDistribution.TruncatedNormal => TruncatedNormal.Sample(torchShape, 0, Math.Sqrt(variance) / TruncatedStandardDeviation),
            ScalingDistribution.UntruncatedNormal => randn(torchShape).mul_(Math.Sqrt(variance)),
            _ => empty(torchShape).uniform_(-Math.Sqrt(3.0 * variance), Math.Sqrt(3.0 * variance)),
        };
    }
}
