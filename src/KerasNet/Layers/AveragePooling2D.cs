using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace KerasNet.Layers;

/// <summary>Mean over each window; with "same" padding the padded cells are not counted, as in Keras.</summary>
/// <param name="poolSize">Window. The default value is 2 × 2.</param>
/// <param name="strides">Step. The default value is the pool size.</param>
/// <param name="padding">Padding. The default value is <see cref="Padding.Valid"/>.</param>
/// <param name="inputShape">Input shape when this is the first layer.</param>
/// <param name="name">Layer name.</param>
public sealed class AveragePooling2D(Size2D? poolSize = null, Size2D? strides = null, Padding padding = Padding.Valid, Shape? inputShape = null, string? name = null)
    : Pooling2D(poolSize, strides, padding, inputShape, name)
{
    /// <inheritdoc />
    public override Tensor Call(Tensor inputs, bool training)
    {
        var (padded, symmetric) = SpatialPadding.Apply(inputs, PoolSize, Strides, Padding, 0);
        var pooled = F.avg_pool2d(padded, PoolSize.ToArray(), Strides.ToArray(), symmetric, count_include_pad: false);
        if (ReferenceEquals(padded, inputs))
        {
            return pooled;
        }

        using var mask = ones(1, 1, inputs.shape[2], inputs.shape[3], dtype: inputs.dtype, device: inputs.device);
        var (paddedMask, _) = SpatialPadding.Apply(mask, PoolSize, Strides, Padding, 0);
        return pooled / F.avg_pool2d(paddedMask, PoolSize.ToArray(), Strides.ToArray());
    }
}
