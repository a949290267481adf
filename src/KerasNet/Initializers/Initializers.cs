using KerasNet.Serialization;

namespace KerasNet.Initializers;

/// <summary>Keras's initializers by name, with Keras's defaults.</summary>
public static class Initializers
{
    private static readonly NameRegistry<Initializer> Registry = new(
        "initializer",
        "initializers",
        ("zeros", () => new Zeros()),
        ("ones", () => new Ones()),
        ("constant", () => new Constant()),
        ("random_uniform", () => new RandomUniform()),
        ("random_normal", () => new RandomNormal()),
        ("truncated_normal", () => new TruncatedNormal()),
        ("glorot_uniform", GlorotUniform),
        ("glorot_normal", GlorotNormal),
        ("he_uniform", HeUniform),
        ("he_normal", HeNormal),
        ("lecun_uniform", LecunUniform),
        ("lecun_normal", LecunNormal),
        ("identity", () => new Identity()),
        ("variance_scaling", () => new VarianceScaling()));

    /// <summary>The names <see cref="Get"/> accepts, in registration order.</summary>
    public static IReadOnlyList<string> Names => Registry.Names;

    /// <summary>Glorot (Xavier) uniform: limit <c>sqrt(6 / (fan_in + fan_out))</c>; Keras's default kernel initializer.</summary>
    public static VarianceScaling GlorotUniform() => new(1.0, FanMode.FanAverage, ScalingDistribution.Uniform, "glorot_uniform");

    /// <summary>Glorot (Xavier) normal: truncated, variance <c>2 / (fan_in + fan_out)</c>.</summary>
    public static VarianceScaling GlorotNormal() => new(1.0, FanMode.FanAverage, ScalingDistribution.TruncatedNormal, "glorot_normal");

    /// <summary>He uniform: limit <c>sqrt(6 / fan_in)</c>.</summary>
    public static VarianceScaling HeUniform() => new(2.0, FanMode.FanIn, ScalingDistribution.Uniform, "he_uniform");

    /// <summary>He normal: truncated, variance <c>2 / fan_in</c>.</summary>
    public static VarianceScaling HeNormal() => new(2.0, FanMode.FanIn, ScalingDistribution.TruncatedNormal, "he_normal");

    /// <summary>LeCun uniform: limit <c>sqrt(3 / fan_in)</c>.</summary>
    public static VarianceScaling LecunUniform() => new(1.0, FanMode.FanIn, ScalingDistribution.Uniform, "lecun_uniform");

    /// <summary>LeCun normal: truncated, variance <c>1 / fan_in</c>.</summary>
    public static VarianceScaling LecunNormal() => new(1.0, FanMode.FanIn, ScalingDistribution.TruncatedNormal, "lecun_normal");

    /// <summary>
    /// Keras's <c>initializers.deserialize({"class_name": …, "config": {…}})</c>: an initializer by its class name
    /// (<c>RandomNormal</c>) or Keras name (<c>random_normal</c>) with the arguments its config sets, Keras's defaults for
    /// the rest: <c>mean</c>/<c>stddev</c> (RandomNormal, TruncatedNormal), <c>minval</c>/<c>maxval</c> (RandomUniform),
    /// <c>value</c> (Constant), <c>scale</c>/<c>mode</c>/<c>distribution</c> (VarianceScaling); the others take none.
    /// </summary>
    /// <exception cref="ArgumentException">Unknown class, a key the class does not take, or a value of the wrong type.</exception>
    public static Initializer Deserialize(string className, IReadOnlyDictionary<string, object>? config)
    {
        ArgumentNullException.ThrowIfNull(className);
        string name = SerializedConfig.SnakeCase(className);
        var arguments = new SerializedConfig(className, config);
        Initializer initializer = name switch
        {
            "random_normal" => new RandomNormal(arguments.Number("mean", 0), arguments.Number("stddev", 0.05)),
            "truncated_normal" => new TruncatedNormal(arguments.Number("mean", 0), arguments.Number("stddev", 0.05)),
            "random_uniform" => new RandomUniform(arguments.Number("minval", -0.05), arguments.Number("maxval", 0.05)),
            "constant" => new Constant(arguments.Number("value", 0)),
            "variance_scaling" => new VarianceScaling(
                arguments.Number("scale", 1.0),
                arguments.Choice("mode", "fan_in", "fan_in", "fan_out", "fan_avg") switch { "fan_out" => FanMode.FanOut, "fan_avg" => FanMode.FanAverage, _ => FanMode.FanIn },
                arguments.Choice("distribution", "truncated_normal", "truncated_normal", "untruncated_normal", "uniform") switch { "untruncated_normal" => ScalingDistribution.UntruncatedNormal, "uniform" => ScalingDistribution.Uniform, _ => ScalingDistribution.TruncatedNormal }),
            _ => Get(name),
        };
        arguments.RejectUnread();
        return initializer;
    }

    /// <summary>Looks up an initializer by its Keras name.</summary>
    /// <exception cref="ArgumentException">The name is unknown; the message lists the known names.</exception>
    public static Initializer Get(string name) => Registry.Get(name);
}
