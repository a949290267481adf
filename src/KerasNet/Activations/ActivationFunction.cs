using static TorchSharp.torch;

namespace KerasNet.Activations;

/// <summary>
/// An element-wise (or, for softmax, per-sample) activation. Convertible from a Keras name, so layers
/// accept <c>activation: "relu"</c> as in Keras; see <see cref="Activations"/> for the names.
/// </summary>
public sealed class ActivationFunction
{
    private readonly Func<Tensor, Tensor> apply;

    /// <summary>A custom activation: a name for summaries and the function it applies to a tensor.</summary>
    /// <param name="name">Its name, e.g. <c>swish</c>.</param>
    /// <param name="apply">The function; images arrive in the internal NCHW layout.</param>
    public ActivationFunction(string name, Func<Tensor, Tensor> apply)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(apply);
        Name = name;
        this.apply = apply;
    }

    /// <summary>The Keras name, e.g. <c>relu</c>.</summary>
    public string Name { get; }

    /// <summary>Whether this is the identity (<c>linear</c>).</summary>
    public bool IsLinear => ReferenceEquals(this, Activations.Linear);

    /// <summary>Looks up an activation by its Keras name.</summary>
    /// <exception cref="ArgumentException">The name is not a known activation.</exception>
    public static implicit operator ActivationFunction(string name) => Activations.Get(name);

    /// <summary>Same as the implicit conversion: looks up an activation by its Keras name.</summary>
    public static ActivationFunction FromString(string name) => Activations.Get(name);

    /// <summary>Applies the activation. Channel-wise activations (softmax) use axis 1, the channel axis inside.</summary>
    public Tensor Apply(Tensor x) => apply(x);

    /// <inheritdoc />
    public override string ToString() => Name;
}
