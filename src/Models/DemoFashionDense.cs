using KerasNet.Layers;
using KerasNet.Models;

namespace KerasNet.Architectures;

/// <summary>
/// The harness's demonstration model (not from a report): the small dense classifier of Keras's classic
/// Fashion-MNIST introduction — Flatten 28×28 → Dense 128 relu → Dense 10 softmax; 101,770 parameters.
/// </summary>
public static class DemoFashionDense
{
    /// <summary>Catalog name.</summary>
    public const string Name = "demo-fashion-dense";

    /// <summary>Builds the model.</summary>
    public static Sequential Create() => new(
        new InputLayer(28, 28),
        new Flatten(),
        new Dense(128, activation: "relu"),
        new Dense(10, activation: "softmax"));
}
