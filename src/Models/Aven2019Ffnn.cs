using KerasNet.Layers;
using KerasNet.Models;

namespace KerasNet.Architectures;

/// <summary>
/// Report aven2019 (Aven &amp; Eggen, TDT4265 Assignment 2, 2019, task 2): the 784-64-10 feed-forward net —
/// a sigmoid hidden layer of 64 units and a softmax output — on flattened MNIST images.
/// </summary>
public static class Aven2019Ffnn
{
    /// <summary>Catalog name.</summary>
    public const string Name = "aven2019-ffnn";

    /// <summary>Builds the model.</summary>
    public static Sequential Create() => new(
        new InputLayer(784),
        new Dense(64, activation: "sigmoid"),
        new Dense(10, activation: "softmax"));
}
