using KerasNet.Activations;
using KerasNet.Initializers;
using KerasNet.Layers;
using KerasNet.Models;

namespace KerasNet.Architectures;

/// <summary>
/// The network of report highsmith2019 as the author's numpy code builds it (GitHub Max-Highsmith/NNProject1,
/// <c>Final/Network.py</c>): L convolution filters as large as the 28×28 image (one output each), an activation φ, a
/// perceptron to the classes, the same φ on the output; no biases. Weights as his 'Uniform' initialization: filters
/// U[0, 1)/(28·28), perceptron U[0, 1)/classes. φ is tanh by default. Options: the activation, the filters' initializer
/// (<see cref="ModelOptions.KernelInitializer"/>), the perceptron's (<see cref="ModelOptions.OutputInitializer"/>), the
/// filters and the classes. Two update rules, as two catalog names: the true gradient, and the author's rule, which
/// multiplies by φ of the filters' output where the chain rule has φ′ (<see cref="Highsmith2019Activation"/>).
/// </summary>
public static class Highsmith2019Net
{
    /// <summary>Catalog name of the net trained by its true gradient.</summary>
    public const string Name = "highsmith2019-net";

    /// <summary>Catalog name of the net trained by the author's rule.</summary>
    public const string AuthorsRuleName = "highsmith2019-net-authors-rule";

    /// <summary>The options both take.</summary>
    public const ModelOption Options = ModelOption.Activation | ModelOption.KernelInitializer | ModelOption.OutputInitializer | ModelOption.Filters | ModelOption.Classes;

    /// <summary>Filters of experiment 2 (L).</summary>
    public const int DefaultFilters = 2;

    /// <summary>Classes of experiment 2 (R: digits 1 and 3).</summary>
    public const int DefaultClasses = 2;

    private const int ImageSide = 28;

    /// <summary>Builds the net trained by its true gradient.</summary>
    public static Sequential Create(ModelOptions options) => Build(options, authorsRule: false);

    /// <summary>Builds the net trained by the author's rule.</summary>
    public static Sequential CreateWithAuthorsRule(ModelOptions options) => Build(options, authorsRule: true);

    private static Sequential Build(ModelOptions options, bool authorsRule)
    {
        ArgumentNullException.ThrowIfNull(options);
        int filters = options.Filters ?? DefaultFilters;
        int classes = options.Classes ?? DefaultClasses;
        ActivationFunction activation = options.Activation ?? Activations.Activations.Tanh;
        return new Sequential(
            new InputLayer(ImageSide, ImageSide, 1),
            new Conv2D(filters, ImageSide, useBias: false, kernelInitializer: options.KernelInitializer ?? new RandomUniform(0, 1.0 / (ImageSide * ImageSide))),
            authorsRule ? new Highsmith2019Activation(activation) : new Activation(activation),
            new Flatten(),
            new Dense(classes, useBias: false, kernelInitializer: options.OutputInitializer ?? new RandomUniform(0, 1.0 / classes)),
            new Activation(activation));
    }
}
