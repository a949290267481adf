using static TorchSharp.torch;

namespace KerasNet.Layers;

/// <summary>Mean over height and width: <c>(h, w, c)</c> → <c>(c)</c>.</summary>
/// <param name="inputShape">Input shape when this is the first layer.</param>
/// <param name="name">Layer name.</param>
public sealed class GlobalAveragePooling2D(Shape? inputShape = null, string? name = null) : Layer(inputShape, name)
{
    /// <inheritdoc />
    public override Shape ComputeOutputShape(Shape inputShape) =>
        inputShape.Rank == 3 ? new Shape(inputShape[2]) : throw Incompatible(inputShape, "expected an image of rank 3 (height, width, channels)");

    /// <inheritdoc />
    public override Tensor Call(Tensor inputs, bool training) => inputs.mean([2, 3]);
}
