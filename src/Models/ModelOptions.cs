using KerasNet.Activations;

namespace KerasNet.Architectures;

/// <summary>
/// The architecture choices a report varies without changing the model's name: its hidden layers' activation and
/// its kernels' initializer. A null field keeps the model's own choice.
/// </summary>
public sealed record ModelOptions
{
    /// <summary>No option set: the model as the report defines it.</summary>
    public static ModelOptions Default { get; } = new();

    /// <summary>Activation of the hidden layers (e.g. elu, tanh, a leaky ReLU); the output keeps softmax.</summary>
    public ActivationFunction? Activation { get; init; }

    /// <summary>Keras initializer name of every kernel (e.g. <c>zeros</c>).</summary>
    public string? KernelInitializer { get; init; }
}
