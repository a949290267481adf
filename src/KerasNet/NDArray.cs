namespace KerasNet;

/// <summary>
/// A dense, row-major n-dimensional array of <typeparamref name="T"/>: what Keras takes as numpy arrays.
/// The first dimension is the sample (batch) axis.
/// </summary>
/// <typeparam name="T">The element type (<see cref="byte"/> for raw images, <see cref="float"/> for model inputs).</typeparam>
public sealed class NDArray<T>
    where T : unmanaged
{
    private readonly int[] shape;

    /// <summary>Wraps <paramref name="data"/> (not copied) as an array of the given shape.</summary>
    /// <exception cref="ArgumentException">The shape does not describe exactly <c>data.Length</c> elements.</exception>
    public NDArray(T[] data, params int[] shape)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(shape);
        long count = shape.Aggregate(1L, (product, d) => product * d);
        if (shape.Length == 0 || shape.Any(d => d < 0) || count != data.Length)
        {
            throw new ArgumentException($"Shape {KerasNet.Shape.Format(shape)} does not describe {data.Length} elements.", nameof(shape));
        }

        Data = data;
        this.shape = (int[])shape.Clone();
    }

    /// <summary>The elements in row-major order.</summary>
    public T[] Data { get; }

    /// <summary>The dimensions, sample axis first.</summary>
    public IReadOnlyList<int> Shape => shape;

    /// <summary>The number of samples (the first dimension).</summary>
    public int Count => shape[0];

    /// <summary>The shape of one sample (all dimensions but the first), or null for a 1-D array.</summary>
    public Shape? SampleShape => shape.Length > 1 ? new Shape(shape[1..]) : null;

    /// <summary>The number of elements in one sample.</summary>
    public int SampleSize => shape.Length > 1 ? checked((int)shape[1..].Aggregate(1L, (p, d) => p * d)) : 1;

    /// <summary>The same elements viewed with another shape; -1 stands for the one inferred dimension.</summary>
    public NDArray<T> Reshape(params int[] newShape)
    {
        ArgumentNullException.ThrowIfNull(newShape);
        int inferred = Array.IndexOf(newShape, -1);
        if (inferred >= 0)
        {
            long known = newShape.Where((_, i) => i != inferred).Aggregate(1L, (p, d) => p * d);
            newShape = (int[])newShape.Clone();
            newShape[inferred] = known == 0 ? 0 : (int)(Data.Length / known);
        }

        return new NDArray<T>(Data, newShape);
    }

    /// <summary>A copy of the samples <c>[start, start + count)</c>.</summary>
    public NDArray<T> Slice(int start, int count)
    {
        if (start < 0 || count < 0 || start + count > Count)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"Cannot take samples [{start}, {start + count}) of an array with {Count} samples.");
        }

        var copy = Data.AsSpan(start * SampleSize, count * SampleSize).ToArray();
        var newShape = (int[])shape.Clone();
        newShape[0] = count;
        return new NDArray<T>(copy, newShape);
    }

    /// <summary>A copy of the samples at <paramref name="indices"/>, in that order.</summary>
    public NDArray<T> Take(IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        int size = SampleSize;
        var copy = new T[indices.Count * size];
        for (int i = 0; i < indices.Count; i++)
        {
            if (indices[i] < 0 || indices[i] >= Count)
            {
                throw new ArgumentOutOfRangeException(nameof(indices), $"Sample index {indices[i]} is outside [0, {Count}).");
            }

            Data.AsSpan(indices[i] * size, size).CopyTo(copy.AsSpan(i * size));
        }

        var newShape = (int[])shape.Clone();
        newShape[0] = indices.Count;
        return new NDArray<T>(copy, newShape);
    }

    /// <inheritdoc />
    public override string ToString() => $"NDArray<{typeof(T).Name}>{KerasNet.Shape.Format(shape)}";
}
