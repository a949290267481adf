using static TorchSharp.torch;

namespace KerasNet.Initializers;

/// <summary>All ones (Keras <c>ones</c>).</summary>
public sealed class Ones : Initializer
{
    /// <inheritdoc />
    public override string Name => "ones";

    /// <inheritdoc />
    public override Tensor Generate(Shape shape) => ones(TorchShape(shape));
}
