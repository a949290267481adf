namespace KerasNet.Layers;

/// <summary>Keras's padding names (<c>"valid"</c>, <c>"same"</c>) for the <see cref="Padding"/> values.</summary>
public static class Paddings
{
    private static readonly NameRegistry<Padding> Registry = new(
        "padding",
        "paddings",
        ("valid", () => Padding.Valid),
        ("same", () => Padding.Same));

    /// <summary>Every name <see cref="Get"/> knows.</summary>
    public static IReadOnlyList<string> Names => Registry.Names;

    /// <summary>The padding of a Keras name.</summary>
    /// <exception cref="ArgumentException">The name is unknown; the message lists the known names.</exception>
    public static Padding Get(string name) => Registry.Get(name);
}
