using static TorchSharp.torch;

namespace KerasNet.Initializers;

/// <summary>The identity matrix times <paramref name="gain"/>, for 2-D weights (Keras <c>identity</c>).</summary>
/// <param name="gain">Multiplier. The default value is 1.</param>
public sealed class Identity(double gain = 1.0) : Initializer
{
    /// <inheritdoc />
    public override string Name => "identity";

    /// <inheritdoc />
    public override Tensor Generate(Shape shape)
    {
        if (shape.Rank != 2)
        {
            throw new ArgumentException($"The identity initializer needs a 2-D weight. Received: shape={shape}");
        }

        return eye(shape[0], shape[1]).mul_(gain);
    }
}
