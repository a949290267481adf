using KerasNet.Activations;
using KerasNet.Initializers;

namespace KerasNet.Architectures;

/// <summary>
/// The architecture choices a report varies without changing the model's name: its hidden layers' activation, its
/// kernels' and biases' initializers, its hidden layers' widths, its filters and its output units, its convolutions' window,
/// step, layers and pooling. A null field keeps the model's own choice; a
/// model says which it takes (<see cref="NamedModel.Accepts"/>).
/// </summary>
public sealed record ModelOptions
{
    /// <summary>No option set: the model as the report defines it.</summary>
    public static ModelOptions Default { get; } = new();

    /// <summary>Activation of the hidden layers (e.g. elu, tanh, a leaky ReLU); the output keeps its own.</summary>
    public ActivationFunction? Activation { get; init; }

    /// <summary>Initializer of every kernel (e.g. <c>zeros</c>).</summary>
    public Initializer? KernelInitializer { get; init; }

    /// <summary>Initializer of every bias.</summary>
    public Initializer? BiasInitializer { get; init; }

    /// <summary>Units of each hidden layer, in order (e.g. <c>[60, 60]</c> for two hidden layers).</summary>
    public IReadOnlyList<int>? HiddenUnits { get; init; }

    /// <summary>Filters of the convolution (highsmith2019's L: 2 in experiment 2, 10 in experiment 3).</summary>
    public int? Filters { get; init; }

    /// <summary>Units of the output layer: the classes the model tells apart (the data's, e.g. 2 for digits 1 and 3).</summary>
    public int? Classes { get; init; }

    /// <summary>Initializer of the output layer's kernel, in place of <see cref="KernelInitializer"/> there (highsmith2019's frozen identity perceptron).</summary>
    public Initializer? OutputInitializer { get; init; }

    /// <summary>Window size of every convolution (square).</summary>
    public int? KernelSize { get; init; }

    /// <summary>Step of every convolution.</summary>
    public int? Strides { get; init; }

    /// <summary>Filters of each convolution layer, in order: their number is the number of convolution layers (<c>[]</c>: none).</summary>
    public IReadOnlyList<int>? ConvolutionFilters { get; init; }

    /// <summary>The pooling after each convolution layer, in order: <c>max</c>, <c>average</c> or <c>none</c>.</summary>
    public IReadOnlyList<string>? Pooling { get; init; }

    /// <summary>Padding of every convolution (Keras's <c>same</c> or <c>valid</c>).</summary>
    public Layers.Padding? Padding { get; init; }

    /// <summary>
    /// Activation of the output layer in place of its softmax: <c>linear</c> gives logits, for a crossentropy from logits
    /// (the path later tf.keras versions take for a softmax output).
    /// </summary>
    public ActivationFunction? OutputActivation { get; init; }

    /// <summary>The options set.</summary>
    public ModelOption Set =>
        (Activation is null ? ModelOption.None : ModelOption.Activation)
        | (KernelInitializer is null ? ModelOption.None : ModelOption.KernelInitializer)
        | (BiasInitializer is null ? ModelOption.None : ModelOption.BiasInitializer)
        | (HiddenUnits is null ? ModelOption.None : ModelOption.HiddenUnits)
        | (Filters is null ? ModelOption.None : ModelOption.Filters)
        | (Classes is null ? ModelOption.None : ModelOption.Classes)
        | (OutputInitializer is null ? ModelOption.None : ModelOption.OutputInitializer)
        | (KernelSize is null ? ModelOption.None : ModelOption.KernelSize)
        | (Strides is null ? ModelOption.None : ModelOption.Strides)
        | (ConvolutionFilters is null ? ModelOption.None : ModelOption.ConvolutionFilters)
        | (Pooling is null ? ModelOption.None : ModelOption.Pooling)
        | (Padding is null ? ModelOption.None : ModelOption.Padding)
        | (OutputActivation is null ? ModelOption.None : ModelOption.OutputActivation);
}
