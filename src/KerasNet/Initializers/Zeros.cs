using static TorchSharp.torch;

namespace KerasNet.Initializers;

/// <summary>All zeros (Keras <c>zeros</c>; the default bias initializer).</summary>
public sealed class Zeros : Initializer
{
    /// <inheritdoc />
    public override string Name => "zeros";

    /// <inheritdoc />
    public override Tensor Generate(Shape shape) => zeros(TorchShape(shape));
}
