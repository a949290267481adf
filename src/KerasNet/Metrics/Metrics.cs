namespace KerasNet.Metrics;

/// <summary>The metrics by Keras name.</summary>
public static class Metrics
{
    /// <summary>Looks up a metric by name (<c>accuracy</c>, alias <c>acc</c>).</summary>
    /// <exception cref="ArgumentException">The name is unknown.</exception>
    public static Metric Get(string name) => name switch
    {
        "accuracy" or "acc" => new Accuracy(),
        _ => throw new ArgumentException($"Unknown metric: '{name}'. Known metrics: accuracy, acc.", nameof(name)),
    };
}
