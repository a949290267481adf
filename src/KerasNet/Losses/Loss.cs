using static TorchSharp.torch;

namespace KerasNet.Losses;

/// <summary>
/// A training objective: per-sample values averaged over the batch (Keras's
/// <c>sum_over_batch_size</c> reduction). Convertible from a Keras name; see <see cref="Losses"/>.
/// </summary>
public abstract class Loss
{
    /// <summary>The Keras name, e.g. <c>categorical_crossentropy</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Whether targets are class indices (sparse) rather than one vector per sample.</summary>
    public virtual bool TakesClassIndices => false;

    /// <summary>Looks up a loss with its Keras defaults by name.</summary>
    /// <exception cref="ArgumentException">The name is unknown.</exception>
    public static implicit operator Loss(string name) => Losses.Get(name);

    /// <summary>Same as the implicit conversion: looks up a loss by its Keras name.</summary>
    public static Loss FromString(string name) => Losses.Get(name);

    /// <summary>The mean of the per-sample losses.</summary>
    internal Tensor Compute(Tensor target, Tensor prediction) => PerSample(target, prediction).mean();

    /// <summary>
    /// The loss of each sample, shape <c>(batch)</c> (Keras's <c>Loss.call</c>): the extension point of a custom loss.
    /// Targets are one vector per sample, or int64 class indices when <see cref="TakesClassIndices"/>.
    /// </summary>
    /// <param name="target">The batch's targets.</param>
    /// <param name="prediction">The model's outputs for the batch.</param>
    public abstract Tensor PerSample(Tensor target, Tensor prediction);

    /// <inheritdoc />
    public override string ToString() => Name;
}
