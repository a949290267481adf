namespace KerasNet;

/// <summary>
/// The shape of one sample, without the batch dimension, channels-last as in Keras: <c>(28, 28, 1)</c> for a
/// grey image, <c>(128)</c> for a feature vector.
/// </summary>
public sealed class Shape : IEquatable<Shape>
{
    private readonly int[] dimensions;

    /// <summary>Creates a shape; every dimension must be positive.</summary>
    /// <exception cref="ArgumentException">A dimension is zero or negative, or none is given.</exception>
    public Shape(params int[] dimensions)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        if (dimensions.Length == 0 || dimensions.Any(d => d <= 0))
        {
            throw new ArgumentException($"Expected a shape of positive integers. Received: shape={Format(dimensions)}", nameof(dimensions));
        }

        this.dimensions = (int[])dimensions.Clone();
    }

    /// <summary>The number of dimensions.</summary>
    public int Rank => dimensions.Length;

    /// <summary>The number of elements in one sample.</summary>
    public long ElementCount => dimensions.Aggregate(1L, (product, d) => product * d);

    /// <summary>The dimensions, outermost first.</summary>
    public IReadOnlyList<int> Dimensions => dimensions;

    /// <summary>One dimension; negative indices count from the end as in Python.</summary>
    public int this[int index] => dimensions[index < 0 ? dimensions.Length + index : index];

    /// <summary>Formats the shape with the batch dimension as Keras's summary does: <c>(None, 26, 26, 28)</c>.</summary>
    public string ToBatchString() => "(None, " + string.Join(", ", dimensions) + ")";

    /// <inheritdoc />
    public override string ToString() => Format(dimensions);

    /// <inheritdoc />
    public bool Equals(Shape? other) => other is not null && dimensions.AsSpan().SequenceEqual(other.dimensions);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Shape);

    /// <inheritdoc />
    public override int GetHashCode() => dimensions.Aggregate(17, (hash, d) => (hash * 31) + d);

    /// <summary>Formats dimensions as a Python tuple: <c>(60000, 28, 28)</c>, <c>(10,)</c>.</summary>
    public static string Format(IEnumerable<int> dimensions)
    {
        var list = dimensions.ToList();
        return list.Count == 1 ? $"({list[0]},)" : "(" + string.Join(", ", list) + ")";
    }
}
