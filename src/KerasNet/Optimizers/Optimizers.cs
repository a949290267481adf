namespace KerasNet.Optimizers;

/// <summary>The optimizers by Keras name, with Keras's defaults.</summary>
public static class Optimizers
{
    private static readonly NameRegistry<Optimizer> Registry = new(
        "optimizer",
        "optimizers",
        ("sgd", () => new SGD()),
        ("adam", () => new Adam()),
        ("rmsprop", () => new RMSprop()),
        ("adagrad", () => new Adagrad()),
        ("adadelta", () => new Adadelta()));

    /// <summary>Every name <see cref="Get"/> knows, in registration order.</summary>
    public static IReadOnlyList<string> Names => Registry.Names;

    /// <summary>Looks up an optimizer by name: sgd, adam, rmsprop, adagrad, adadelta.</summary>
    /// <exception cref="ArgumentException">The name is unknown; the message lists the known names.</exception>
    public static Optimizer Get(string name) => Registry.Get(name);
}
