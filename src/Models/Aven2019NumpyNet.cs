using KerasNet.Activations;
using KerasNet.Initializers;
using KerasNet.Layers;
using KerasNet.Models;

namespace KerasNet.Architectures;

/// <summary>
/// The net of report aven2019 as the authors' numpy framework builds it (GitHub thomaav/datasyn, <c>oving2/softmax.py</c>):
/// 784 inputs and a constant-1 column, so the first hidden layer has a bias, drawn like its weights; every further layer
/// has none. Hidden layers sigmoid, weights uniform in [−1, 1] (the report's base case B). The output layer is linear:
/// its softmax belongs to the loss (crossentropy from logits), as the code back-propagates <c>p − t</c> analytically.
/// Options: the hidden activation (<c>lecun_tanh</c>, the "improved sigmoid"), both initializers (fan-in normal) and the
/// hidden units (<c>[64]</c> by default, <c>[60, 60]</c> for two hidden layers).
/// </summary>
public static class Aven2019NumpyNet
{
    /// <summary>Catalog name.</summary>
    public const string Name = "aven2019-numpy-net";

    /// <summary>The hidden units of the report's net.</summary>
    public const int DefaultHiddenUnits = 64;

    /// <summary>Builds the model.</summary>
    /// <exception cref="ArgumentException">The options give no hidden layer or a non-positive width.</exception>
    public static Sequential Create(ModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var units = options.HiddenUnits ?? [DefaultHiddenUnits];
        if (units.Count == 0 || units.Any(u => u < 1))
        {
            throw new ArgumentException($"{Name} needs at least one hidden layer of positive width; received hidden units [{string.Join(", ", units)}].", nameof(options));
        }

        ActivationFunction activation = options.Activation ?? Activations.Activations.Sigmoid;
        Initializer Kernel() => options.KernelInitializer ?? new RandomUniform(-1, 1);
        var layers = new List<Layer> { new InputLayer(28, 28), new Flatten() };
        for (int i = 0; i < units.Count; i++)
        {
            bool bias = i == 0;
            layers.Add(new Dense(units[i], activation: activation, useBias: bias, kernelInitializer: Kernel(), biasInitializer: bias ? options.BiasInitializer ?? new RandomUniform(-1, 1) : null));
        }

        layers.Add(new Dense(10, useBias: false, kernelInitializer: Kernel()));
        return new Sequential([.. layers]);
    }
}
