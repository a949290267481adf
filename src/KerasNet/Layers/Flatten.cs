using static TorchSharp.torch;

namespace KerasNet.Layers;

/// <summary>
/// Flattens each sample to a vector in Keras's (channels-last) order: features run over height, width,
/// then channel fastest, so weights and summaries match Keras's.
/// </summary>
/// <param name="inputShape">Input shape when this is the first layer.</param>
/// <param name="name">Layer name.</param>
public sealed class Flatten(Shape? inputShape = null, string? name = null) : Layer(inputShape, name)
{
    /// <inheritdoc />
    public override Shape ComputeOutputShape(Shape inputShape) => new(checked((int)inputShape.ElementCount));

    /// <inheritdoc />
    public override Tensor Call(Tensor inputs, bool training)
    {
        var channelsLast = inputs.dim() == 4 ? inputs.permute(0, 2, 3, 1) : inputs;
        return channelsLast.reshape(inputs.shape[0], -1);
    }
}
