using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace KerasNet.Layers;

/// <summary>Maximum over each window.</summary>
/// <param name="poolSize">Window. The default value is 2 × 2.</param>
/// <param name="strides">Step. The default value is the pool size.</param>
/// <param name="padding">Padding. The default value is <see cref="Padding.Valid"/>.</param>
/// <param name="inputShape">Input shape when this is the first layer.</param>
/// <param name="name">Layer name.</param>
public sealed class MaxPooling2D(Size2D? poolSize = null, Size2D? strides = null, Padding padding = Padding.Valid, Shape? inputShape = null, string? name = null)
    : Pooling2D(poolSize, strides, padding, inputShape, name)
{
    /// <inheritdoc />
    public override Tensor Call(Tensor inputs, bool training)
    {
        var (padded, symmetric) = SpatialPadding.Apply(inputs, PoolSize, Strides, Padding, double.NegativeInfinity);
        return F.max_pool2d(padded, PoolSize.ToArray(), Strides.ToArray(), symmetric);
    }
}
