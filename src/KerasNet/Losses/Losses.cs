using KerasNet.Serialization;

namespace KerasNet.Losses;

/// <summary>The losses by Keras name.</summary>
public static class Losses
{
    private static readonly NameRegistry<Loss> Registry = new(
        "loss",
        "losses",
        ("categorical_crossentropy", () => new CategoricalCrossentropy()),
        ("sparse_categorical_crossentropy", () => new SparseCategoricalCrossentropy()),
        ("mean_squared_error", () => new MeanSquaredError()),
        ("mse", () => new MeanSquaredError()),
        ("squared_error", () => new SquaredError()));

    /// <summary>Every name <see cref="Get"/> knows, in registration order.</summary>
    public static IReadOnlyList<string> Names => Registry.Names;

    /// <summary>
    /// Keras's <c>losses.deserialize({"class_name": …, "config": {…}})</c>: a loss by class name
    /// (<c>CategoricalCrossentropy</c>) or Keras name, with the arguments its config sets: <c>from_logits</c> for the
    /// crossentropies (false by default); the others take none.
    /// </summary>
    /// <exception cref="ArgumentException">Unknown class, a key the class does not take, or a value of the wrong type.</exception>
    public static Loss Deserialize(string className, IReadOnlyDictionary<string, object>? config)
    {
        ArgumentNullException.ThrowIfNull(className);
        var arguments = new SerializedConfig(className, config);
        Loss loss = SerializedConfig.SnakeCase(className) switch
        {
            "categorical_crossentropy" => new CategoricalCrossentropy(arguments.Flag("from_logits", false)),
            "sparse_categorical_crossentropy" => new SparseCategoricalCrossentropy(arguments.Flag("from_logits", false)),
            var name => Get(name),
        };
        arguments.RejectUnread();
        return loss;
    }

    /// <summary>Looks up a loss by name.</summary>
    /// <exception cref="ArgumentException">The name is unknown; the message lists the known names.</exception>
    public static Loss Get(string name) => Registry.Get(name);
}
