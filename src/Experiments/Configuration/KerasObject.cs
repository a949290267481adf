using System.Globalization;
using System.Text.Json.Serialization;
using KerasNet.Initializers;
using KerasNet.Losses;

namespace KerasNet.Experiments.Configuration;

/// <summary>
/// A Keras object as a config names it: by identifier (<c>"he_uniform"</c>) or in Keras's serialized form with the
/// arguments it is built with, <c>{"class_name": "RandomNormal", "config": {"stddev": 0.01}}</c> (numbers and flags).
/// Written back the same way, so a plain name hashes as the plain string it always was.
/// </summary>
/// <param name="ClassName">The identifier or class name.</param>
/// <param name="Config">The arguments, or null for the object's defaults.</param>
[JsonConverter(typeof(KerasObjectJsonConverter))]
public sealed record KerasObject(string ClassName, IReadOnlyDictionary<string, object>? Config = null)
{
    /// <summary>The initializer it names.</summary>
    /// <exception cref="ArgumentException">Unknown initializer or argument.</exception>
    public Initializer ToInitializer() => KerasNet.Initializers.Initializers.Deserialize(ClassName, Config);

    /// <summary>The loss it names.</summary>
    /// <exception cref="ArgumentException">Unknown loss or argument.</exception>
    public Loss ToLoss() => KerasNet.Losses.Losses.Deserialize(ClassName, Config);

    /// <summary>The learning-rate schedule it names, starting from <paramref name="initialLearningRate"/> unless its config says otherwise.</summary>
    /// <exception cref="ArgumentException">Unknown schedule or argument.</exception>
    public Optimizers.Schedules.LearningRateSchedule ToSchedule(double initialLearningRate) => Optimizers.Schedules.LearningRateSchedules.Deserialize(ClassName, Config, initialLearningRate);

    /// <inheritdoc />
    public bool Equals(KerasObject? other) => other is not null && ToString() == other.ToString();

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    /// <summary>The name, with its arguments in key order: <c>RandomNormal(stddev=0.01)</c>.</summary>
    public override string ToString() => Config is null
        ? ClassName
        : $"{ClassName}({string.Join(", ", Config.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={Format(a.Value)}"))})";

    private static string Format(object value) => value switch
    {
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        _ => value.ToString() ?? string.Empty,
    };
}
