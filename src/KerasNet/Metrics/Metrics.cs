namespace KerasNet.Metrics;

/// <summary>The metrics by Keras name.</summary>
public static class Metrics
{
    private static readonly NameRegistry<Metric> Registry = new(
        "metric",
        "metrics",
        ("accuracy", () => new Accuracy()),
        ("acc", () => new Accuracy()));

    /// <summary>Every name <see cref="Get"/> knows, in registration order.</summary>
    public static IReadOnlyList<string> Names => Registry.Names;

    /// <summary>Looks up a metric by name (<c>accuracy</c>, alias <c>acc</c>).</summary>
    /// <exception cref="ArgumentException">The name is unknown; the message lists the known names.</exception>
    public static Metric Get(string name) => Registry.Get(name);
}
