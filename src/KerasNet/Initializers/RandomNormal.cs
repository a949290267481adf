using static TorchSharp.torch;

namespace KerasNet.Initializers;

/// <summary>Normal with the given mean and standard deviation (Keras <c>random_normal</c>).</summary>
/// <param name="mean">The mean. The default value is 0.</param>
/// <param name="standardDeviation">The standard deviation. The default value is 0.05.</param>
public sealed class RandomNormal(double mean = 0, double standardDeviation = 0.05) : Initializer
{
    /// <inheritdoc />
    public override string Name => "random_normal";

    /// <inheritdoc />
    public override Tensor Generate(Shape shape) => empty(TorchShape(shape)).normal_(mean, standardDeviation);
}
