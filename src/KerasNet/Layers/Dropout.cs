using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace KerasNet.Layers;

/// <summary>During training, zeroes each input with probability <see cref="Rate"/> and scales the rest by <c>1/(1 − rate)</c>.</summary>
public sealed class Dropout : Layer
{
    /// <summary>Creates the layer.</summary>
    /// <param name="rate">Fraction dropped, in [0, 1).</param>
    /// <param name="inputShape">Input shape when this is the first layer.</param>
    /// <param name="name">Layer name.</param>
    public Dropout(double rate, Shape? inputShape = null, string? name = null)
        : base(inputShape, name)
    {
        Rate = rate >= 0 && rate < 1 ? rate : throw new ArgumentException($"Expected a rate in [0, 1). Received: rate={rate}", nameof(rate));
    }

    /// <summary>Fraction of inputs dropped.</summary>
    public double Rate { get; }

    /// <inheritdoc />
    public override Shape ComputeOutputShape(Shape inputShape) => inputShape;

    /// <inheritdoc />
    public override Tensor Call(Tensor inputs, bool training) =>
        training && Rate > 0 ? F.dropout(inputs, Rate, training: true) : inputs;
}
