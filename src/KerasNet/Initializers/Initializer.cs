using static TorchSharp.torch;

namespace KerasNet.Initializers;

/// <summary>
/// Creates a weight's initial values in its Keras layout (a Dense kernel is <c>(in, out)</c>, a Conv2D
/// kernel <c>(kh, kw, in, out)</c>), drawing from torch's generator, which <see cref="Seeding"/> seeds.
/// Convertible from a Keras name such as <c>"he_uniform"</c>; see <see cref="Initializers"/>.
/// </summary>
public abstract class Initializer
{
    /// <summary>The Keras name, e.g. <c>glorot_uniform</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Looks up an initializer with its Keras defaults by name.</summary>
    /// <exception cref="ArgumentException">The name is unknown.</exception>
    public static implicit operator Initializer(string name) => Initializers.Get(name);

    /// <summary>Same as the implicit conversion: looks up an initializer by its Keras name.</summary>
    public static Initializer FromString(string name) => Initializers.Get(name);

    /// <summary>
    /// New values of the given Keras-layout shape (Keras's <c>Initializer.__call__</c>): the extension point of a custom
    /// initializer. Draw from torch's generator so that <see cref="Seeding"/> makes them reproducible.
    /// </summary>
    /// <param name="shape">The weight's shape in Keras's layout.</param>
    public abstract Tensor Generate(Shape shape);

    /// <summary>Keras's <c>compute_fans</c>: the receptive field times the input / output channels.</summary>
    internal static (double FanIn, double FanOut) ComputeFans(Shape shape)
    {
        if (shape.Rank == 1)
        {
            return (shape[0], shape[0]);
        }

        if (shape.Rank == 2)
        {
            return (shape[0], shape[1]);
        }

        double receptive = shape.Dimensions.Take(shape.Rank - 2).Aggregate(1.0, (p, d) => p * d);
        return (shape[-2] * receptive, shape[-1] * receptive);
    }

    internal static long[] TorchShape(Shape shape) => shape.Dimensions.Select(d => (long)d).ToArray();

    /// <inheritdoc />
    public override string ToString() => Name;
}
