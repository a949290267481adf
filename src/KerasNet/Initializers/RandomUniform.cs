using static TorchSharp.torch;

namespace KerasNet.Initializers;

/// <summary>Uniform in <c>[minValue, maxValue)</c> (Keras <c>random_uniform</c>).</summary>
/// <param name="minValue">Lower bound. The default value is -0.05.</param>
/// <param name="maxValue">Upper bound. The default value is 0.05.</param>
public sealed class RandomUniform(double minValue = -0.05, double maxValue = 0.05) : Initializer
{
    /// <inheritdoc />
    public override string Name => "random_uniform";

    /// <inheritdoc />
    public override Tensor Generate(Shape shape) => empty(TorchShape(shape)).uniform_(minValue, maxValue);
}
