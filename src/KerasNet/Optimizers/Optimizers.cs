namespace KerasNet.Optimizers;

/// <summary>The optimizers by Keras name, with Keras's defaults.</summary>
public static class Optimizers
{
    private static readonly Dictionary<string, Func<Optimizer>> ByName = new(StringComparer.Ordinal)
    {
        ["sgd"] = () => new SGD(),
        ["adam"] = () => new Adam(),
        ["rmsprop"] = () => new RMSprop(),
        ["adagrad"] = () => new Adagrad(),
        ["adadelta"] = () => new Adadelta(),
    };

    /// <summary>Every name <see cref="Get"/> knows, in registration order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. ByName.Keys];

    /// <summary>Looks up an optimizer by name: sgd, adam, rmsprop, adagrad, adadelta.</summary>
    /// <exception cref="ArgumentException">The name is unknown; the message lists the known names.</exception>
    public static Optimizer Get(string name) =>
        name is not null && ByName.TryGetValue(name, out var create)
            ? create()
            : throw new ArgumentException($"Unknown optimizer: '{name}'. Known optimizers: {string.Join(", ", ByName.Keys)}.", nameof(name));
}
