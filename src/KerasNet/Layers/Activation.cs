using KerasNet.Activations;
using static TorchSharp.torch;

namespace KerasNet.Layers;

/// <summary>Applies an activation as a layer of its own.</summary>
/// <param name="activation">The activation, e.g. <c>"relu"</c>.</param>
/// <param name="inputShape">Input shape when this is the first layer.</param>
/// <param name="name">Layer name.</param>
public sealed class Activation(ActivationFunction activation, Shape? inputShape = null, string? name = null) : Layer(inputShape, name)
{
    /// <summary>The activation applied.</summary>
    public ActivationFunction Function { get; } = activation ?? throw new ArgumentNullException(nameof(activation));

    /// <inheritdoc />
    public override Shape ComputeOutputShape(Shape inputShape) => inputShape;

    /// <inheritdoc />
    public override Tensor Call(Tensor inputs, bool training) => Function.Apply(inputs);
}
