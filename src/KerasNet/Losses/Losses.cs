namespace KerasNet.Losses;

/// <summary>The losses by Keras name.</summary>
public static class Losses
{
    private static readonly Dictionary<string, Func<Loss>> ByName = new(StringComparer.Ordinal)
    {
        ["categorical_crossentropy"] = () => new CategoricalCrossentropy(),
        ["sparse_categorical_crossentropy"] = () => new SparseCategoricalCrossentropy(),
        ["mean_squared_error"] = () => new MeanSquaredError(),
        ["mse"] = () => new MeanSquaredError(),
        ["squared_error"] = () => new SquaredError(),
    };

    /// <summary>Every name <see cref="Get"/> knows, in registration order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. ByName.Keys];

    /// <summary>Looks up a loss by name.</summary>
    /// <exception cref="ArgumentException">The name is unknown; the message lists the known names.</exception>
    public static Loss Get(string name) =>
        name is not null && ByName.TryGetValue(name, out var create)
            ? create()
            : throw new ArgumentException($"Unknown loss: '{name}'. Known losses: {string.Join(", ", ByName.Keys)}.", nameof(name));
}
