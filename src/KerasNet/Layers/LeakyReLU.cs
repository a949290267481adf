using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace KerasNet.Layers;

/// <summary>Leaky ReLU layer: <c>x</c> for positive inputs, <c>slope · x</c> otherwise.</summary>
public sealed class LeakyReLU : Layer
{
    /// <summary>Creates the layer.</summary>
    /// <param name="negativeSlope">Slope for negative inputs (non-negative). The default value is 0.3, as Keras's layer.</param>
    /// <param name="inputShape">Input shape when this is the first layer.</param>
    /// <param name="name">Layer name.</param>
    public LeakyReLU(double negativeSlope = 0.3, Shape? inputShape = null, string? name = null)
        : base(inputShape, name)
    {
        NegativeSlope = negativeSlope >= 0 && double.IsFinite(negativeSlope)
            ? negativeSlope
            : throw new ArgumentException($"Expected a non-negative slope. Received: negativeSlope={negativeSlope}", nameof(negativeSlope));
    }

    /// <summary>Slope for negative inputs.</summary>
    public double NegativeSlope { get; }

    /// <inheritdoc />
    public override Shape ComputeOutputShape(Shape inputShape) => inputShape;

    /// <inheritdoc />
    public override Tensor Call(Tensor inputs, bool training) => F.leaky_relu(inputs, NegativeSlope);
}
