using F = TorchSharp.torch.nn.functional;

namespace KerasNet.Activations;

/// <summary>The activations of Keras, plus LeCun's improved sigmoid, by name.</summary>
public static class Activations
{
    /// <summary>Keras's default slope of the <c>leaky_relu</c> activation function (the layer's default is 0.3).</summary>
    public const double DefaultLeakyReluSlope = 0.2;

    /// <summary>Identity (<c>linear</c>, also what <c>null</c> means).</summary>
    public static readonly ActivationFunction Linear = new("linear", x => x);

    /// <summary><c>max(x, 0)</c>.</summary>
    public static readonly ActivationFunction Relu = new("relu", x => x.relu());

    /// <summary><c>1 / (1 + exp(-x))</c>.</summary>
    public static readonly ActivationFunction Sigmoid = new("sigmoid", x => x.sigmoid());

    /// <summary>Hyperbolic tangent.</summary>
    public static readonly ActivationFunction Tanh = new("tanh", x => x.tanh());

    /// <summary>Exponential linear unit with alpha 1.</summary>
    public static readonly ActivationFunction Elu = new("elu", x => F.elu(x, 1.0));

    /// <summary><c>x / (1 + |x|)</c>.</summary>
    public static readonly ActivationFunction Softsign = new("softsign", x => x / (x.abs() + 1));

    /// <summary>Softmax over the feature (channel) axis.</summary>
    public static readonly ActivationFunction Softmax = new("softmax", x => x.softmax(1));

    /// <summary>Leaky ReLU with Keras's activation-function default slope 0.2.</summary>
    public static readonly ActivationFunction LeakyRelu = LeakyReluWithSlope(DefaultLeakyReluSlope);

    /// <summary>LeCun's "improved sigmoid" <c>1.7159 · tanh(2x/3)</c> (Efficient BackProp, 1998), used by report aven2019.</summary>
    public static readonly ActivationFunction LecunTanh = new("lecun_tanh", x => (x * (2.0 / 3.0)).tanh() * 1.7159);

    private static readonly NameRegistry<ActivationFunction> Registry = new(
        "activation",
        "activations",
        ("linear", () => Linear),
        ("relu", () => Relu),
        ("sigmoid", () => Sigmoid),
        ("tanh", () => Tanh),
        ("elu", () => Elu),
        ("softsign", () => Softsign),
        ("softmax", () => Softmax),
        ("leaky_relu", () => LeakyRelu),
        ("lecun_tanh", () => LecunTanh),
        ("improved_sigmoid", () => LecunTanh));

    /// <summary>The names <see cref="Get"/> accepts, in registration order.</summary>
    public static IReadOnlyList<string> Names => Registry.Names;

    /// <summary>Leaky ReLU with the given slope for negative inputs.</summary>
    public static ActivationFunction LeakyReluWithSlope(double negativeSlope) =>
        new("leaky_relu", x => F.leaky_relu(x, negativeSlope));

    /// <summary>Looks up an activation by its Keras name; <c>null</c> or empty means linear.</summary>
    /// <exception cref="ArgumentException">The name is unknown; the message lists the known names.</exception>
    public static ActivationFunction Get(string? name) => string.IsNullOrEmpty(name) ? Linear : Registry.Get(name);
}
