namespace KerasNet.Layers;

/// <summary>A height × width pair (kernel, pool or stride size); an integer means a square.</summary>
/// <param name="Height">Rows.</param>
/// <param name="Width">Columns.</param>
public readonly record struct Size2D(int Height, int Width)
{
    /// <summary>A square size.</summary>
    public static implicit operator Size2D(int size) => new(size, size);

    /// <summary>A size from a (height, width) tuple.</summary>
    public static implicit operator Size2D((int Height, int Width) size) => new(size.Height, size.Width);

    /// <summary>Same as the implicit conversion from an integer.</summary>
    public static Size2D FromInt32(int size) => new(size, size);

    /// <summary>Same as the implicit conversion from a tuple.</summary>
    public static Size2D FromValueTuple((int Height, int Width) size) => new(size.Height, size.Width);

    /// <summary>Throws unless both sides are positive, naming the argument.</summary>
    internal Size2D RequirePositive(string argument) =>
        Height > 0 && Width > 0
            ? this
            : throw new ArgumentException($"Expected positive integers. Received: {argument}={this}", argument);

    internal long[] ToArray() => [Height, Width];

    /// <inheritdoc />
    public override string ToString() => $"({Height}, {Width})";
}
