using static TorchSharp.torch;

namespace KerasNet.Backend;

/// <summary>
/// The float type of weights and data, Keras's <c>keras.config.floatx()</c> / <c>set_floatx()</c>: <c>float32</c>
/// by default; <c>float64</c> for numbers that must agree across CPUs to many digits (the number guard, gradient checks).
/// Like Keras's, it is process-wide: set it before building a model, and do not change it while another thread trains.
/// </summary>
public static class FloatX
{
    /// <summary>The current float type's Keras name, <c>float32</c> or <c>float64</c>.</summary>
    public static string Name => Dtype == ScalarType.Float64 ? "float64" : "float32";

    /// <summary>The current float type as a tensor type.</summary>
    internal static ScalarType Dtype { get; private set; } = ScalarType.Float32;

    /// <summary>Sets the float type models built from now on use for their weights and data.</summary>
    /// <param name="name"><c>float32</c> or <c>float64</c>.</param>
    /// <exception cref="ArgumentException">Any other name.</exception>
    public static void Set(string name) => Dtype = name switch
    {
        "float32" => ScalarType.Float32,
        "float64" => ScalarType.Float64,
        _ => throw new ArgumentException($"Expected 'float32' or 'float64'. Received: floatx={name}", nameof(name)),
    };

    /// <summary>Sets the float type until the returned scope is disposed, then restores the previous one.</summary>
    /// <param name="name"><c>float32</c> or <c>float64</c>.</param>
    public static IDisposable Use(string name)
    {
        string previous = Name;
        Set(name);
        return new Restore(previous);
    }

    private sealed class Restore(string previous) : IDisposable
    {
        public void Dispose() => Set(previous);
    }
}
