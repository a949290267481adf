using KerasNet.Initializers;
using KerasNet.Layers;
using KerasNet.Models;

namespace KerasNet.Architectures;

/// <summary>
/// The numpy net of report nanavati2021 (§3.2): 784 inputs → one hidden ReLU layer → 10 outputs, built as Andrew Ng's
/// deeplearning.ai notebooks build their two-layer net, whose function list the report's follows: weights drawn from
/// N(0, 1)·0.01, biases zero. The output layer is linear: its softmax belongs to the loss (crossentropy from logits),
/// as the notebooks back-propagate <c>A − Y</c> analytically. Options: the hidden units (<c>[100]</c> by default) and
/// both initializers (the report's "all ones" and "heavier weights" cases).
/// </summary>
public static class Nanavati2021NumpyNet
{
    /// <summary>Catalog name.</summary>
    public const string Name = "nanavati2021-numpy-net";

    /// <summary>The hidden units of the report's base case.</summary>
    public const int DefaultHiddenUnits = 100;

    /// <summary>Builds the model.</summary>
    /// <exception cref="ArgumentException">The options give other than one hidden layer.</exception>
    public static Sequential Create(ModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        int units = options.HiddenUnits switch
        {
            null => DefaultHiddenUnits,
            [int only] => only,
            var other => throw new ArgumentException($"{Name} has one hidden layer; received hidden units [{string.Join(", ", other)}].", nameof(options)),
        };
        Initializer Kernel() => options.KernelInitializer ?? new RandomNormal(0, 0.01);
        Initializer Bias() => options.BiasInitializer ?? new Zeros();
        return new Sequential(
            new InputLayer(28, 28),
            new Flatten(),
            new Dense(units, activation: "relu", kernelInitializer: Kernel(), biasInitializer: Bias()),
            new Dense(10, kernelInitializer: Kernel(), biasInitializer: Bias()));
    }
}
