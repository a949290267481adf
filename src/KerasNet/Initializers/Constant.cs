using static TorchSharp.torch;

namespace KerasNet.Initializers;

/// <summary>Every value equal to <see cref="Value"/> (Keras <c>constant</c>).</summary>
/// <param name="value">The value. The default value is 0.</param>
public sealed class Constant(double value = 0) : Initializer
{
    /// <summary>The value every element gets.</summary>
    public double Value { get; } = value;

    /// <inheritdoc />
    public override string Name => "constant";

    /// <inheritdoc />
    public override Tensor Generate(Shape shape) => full(TorchShape(shape), Value);
}
