using static TorchSharp.torch;

namespace KerasNet.Metrics;

/// <summary>A per-sample quantity averaged over samples, reported under <see cref="Name"/> (and <c>val_</c>+name).</summary>
public abstract class Metric
{
    /// <summary>The name in logs and <see cref="Callbacks.History"/>, e.g. <c>accuracy</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Looks up a metric by its Keras name.</summary>
    /// <exception cref="ArgumentException">The name is unknown.</exception>
    public static implicit operator Metric(string name) => Metrics.Get(name);

    /// <summary>Same as the implicit conversion: looks up a metric by its Keras name.</summary>
    public static Metric FromString(string name) => Metrics.Get(name);

    /// <summary>
    /// The value for each sample, shape <c>(batch)</c>, as float: the extension point of a custom metric, averaged over
    /// samples like Keras's mean metrics.
    /// </summary>
    /// <param name="target">The batch's targets.</param>
    /// <param name="prediction">The model's outputs for the batch.</param>
    public abstract Tensor PerSample(Tensor target, Tensor prediction);

    /// <inheritdoc />
    public override string ToString() => Name;
}
