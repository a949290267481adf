using static TorchSharp.torch;

namespace KerasNet.Layers;

/// <summary>Declares the shape of one input sample (Keras <c>keras.Input(shape)</c>); it computes nothing and is not listed in summaries.</summary>
public sealed class InputLayer : Layer
{
    /// <summary>Declares the per-sample input shape, channels-last (e.g. 28, 28, 1).</summary>
    public InputLayer(params int[] shape)
        : base(new Shape(shape), null)
    {
    }

    /// <inheritdoc />
    public override Shape ComputeOutputShape(Shape inputShape) => inputShape;

    /// <inheritdoc />
    public override Tensor Call(Tensor inputs, bool training) => inputs;
}
