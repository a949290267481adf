namespace KerasNet.Layers;

/// <summary>The shared part of 2-D pooling layers: window, strides (default: the window) and padding.</summary>
public abstract class Pooling2D : Layer
{
    /// <summary>Validates and stores the settings.</summary>
    private protected Pooling2D(Size2D? poolSize, Size2D? strides, Padding padding, Shape? inputShape, string? name)
        : base(inputShape, name)
    {
        PoolSize = (poolSize ?? 2).RequirePositive(nameof(poolSize));
        Strides = (strides ?? PoolSize).RequirePositive(nameof(strides));
        Padding = padding;
    }

    /// <summary>Window size. The default value is 2 × 2.</summary>
    public Size2D PoolSize { get; }

    /// <summary>Step. The default value is the pool size.</summary>
    public Size2D Strides { get; }

    /// <summary>Padding. The default value is <see cref="Padding.Valid"/>.</summary>
    public Padding Padding { get; }

    /// <inheritdoc />
    public override Shape ComputeOutputShape(Shape inputShape) =>
        SpatialPadding.OutputShape(this, inputShape, PoolSize, Strides, Padding, inputShape.Rank == 3 ? inputShape[2] : 0);
}
