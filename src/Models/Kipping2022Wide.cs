using KerasNet.Layers;
using KerasNet.Models;

namespace KerasNet.Architectures;

/// <summary>
/// Report kipping2022 §2.4.1 "going wider" (the author's <c>WideModel</c> as it ran; the text says "4 times the
/// filters"): the baseline with Conv2D 128 and 512 filters and Dense 4096, relu, he_uniform, on 28×28×1.
/// </summary>
public static class Kipping2022Wide
{
    /// <summary>Catalog name.</summary>
    public const string Name = "kipping2022-wide";

    /// <summary>Builds the model.</summary>
    public static Sequential Create() => new(
        new InputLayer(28, 28, 1),
        new Conv2D(128, kernelSize: 3, activation: "relu", kernelInitializer: "he_uniform"),
        new MaxPooling2D(),
        new Conv2D(512, kernelSize: 3, activation: "relu", kernelInitializer: "he_uniform"),
        new MaxPooling2D(),
        new Flatten(),
        new Dense(4096, activation: "relu", kernelInitializer: "he_uniform"),
        new Dense(10, activation: "softmax", kernelInitializer: "he_uniform"));
}
