using KerasNet.Activations;
using KerasNet.Layers;
using KerasNet.Models;

namespace KerasNet.Architectures;

/// <summary>
/// Report groth2019's LeNet (Table 1: conv 20 and 50 filters 5×5, stride 1, pool 2, relu) as the Keras LeNet of its time
/// builds it (PyImageSearch's <c>LeNet.build</c>, copied by most 2016–2019 Keras tutorials): each convolution 'same'
/// padded with the activation after it and a 2×2 max pooling, Flatten, Dense 500 with the activation, Dense 10 softmax;
/// glorot_uniform kernels, zero biases. The report does not give the dense width; 500 is also classic LeNet's (Caffe's,
/// which the report ran through DIGITS). 'same' padding is the reading under which the report's stride 2 and 3 runs
/// exist on MNIST. Options, as the report varies them: the activation, every kernel's initializer, the window, the
/// step, the filters of each convolution layer (their number is the number of layers) and the pooling after each; for
/// diagnosis, the padding and the output activation.
/// </summary>
public static class Groth2019LeNet
{
    /// <summary>Catalog name of the MNIST (28×28×1) model.</summary>
    public const string Name = "groth2019-lenet";

    /// <summary>Catalog name of the CIFAR-10 (32×32×3) model.</summary>
    public const string Cifar10Name = "groth2019-lenet-cifar10";

    /// <summary>The options it takes.</summary>
    public const ModelOption Options = ModelOption.Activation | ModelOption.KernelInitializer | ModelOption.KernelSize
        | ModelOption.Strides | ModelOption.ConvolutionFilters | ModelOption.Pooling | ModelOption.Padding | ModelOption.OutputActivation;

    private const int DenseUnits = 500;

    /// <summary>The pooling after a convolution layer that the <c>pooling</c> option names: <c>max</c>, <c>average</c> or <c>none</c>.</summary>
    public static IReadOnlyList<string> PoolingKinds { get; } = ["max", "average", "none"];

    /// <summary>Table 1's filters of the two convolution layers.</summary>
    public static IReadOnlyList<int> DefaultFilters { get; } = [20, 50];

    /// <summary>Builds the model for <paramref name="inputShape"/> images.</summary>
    /// <exception cref="ArgumentException">The pooling list does not name one pooling per convolution layer.</exception>
    public static Sequential Create(int[] inputShape, ModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var filters = options.ConvolutionFilters ?? DefaultFilters;
        var pooling = options.Pooling ?? [.. filters.Select(_ => "max")];
        if (pooling.Count != filters.Count)
        {
            throw new ArgumentException($"Model '{Name}': pooling names {pooling.Count} poolings for {filters.Count} convolution layers; give one per layer.", nameof(options));
        }

        ActivationFunction activation = options.Activation ?? Activations.Activations.Relu;
        var kernels = options.KernelInitializer;
        var layers = new List<Layer> { new InputLayer(inputShape) };
        for (int i = 0; i < filters.Count; i++)
        {
            layers.Add(new Conv2D(filters[i], options.KernelSize ?? 5, strides: options.Strides ?? 1, padding: options.Padding ?? Padding.Same, activation: activation, kernelInitializer: kernels));
            layers.AddRange(Pooling(pooling[i]));
        }

        layers.Add(new Flatten());
        layers.Add(new Dense(DenseUnits, activation: activation, kernelInitializer: kernels));
        layers.Add(new Dense(10, activation: options.OutputActivation ?? Activations.Activations.Softmax, kernelInitializer: kernels));
        return new Sequential([.. layers]);
    }

    private static IEnumerable<Layer> Pooling(string kind) => kind switch
    {
        "max" => [new MaxPooling2D()],
        "average" => [new AveragePooling2D()],
        "none" => [],
        _ => throw new ArgumentException($"Model '{Name}': pooling '{kind}' is not one of {string.Join(", ", PoolingKinds)}."),
    };
}
