using KerasNet.Layers;
using KerasNet.Models;

namespace KerasNet.Architectures;

/// <summary>
/// Report kipping2022 §2.4.1's one-hidden-layer net (the author's <c>FlatModel</c>): Flatten 28×28×1 → Dense n relu →
/// Dense 10 softmax, he_uniform kernels; n = 256 and n = 16384 (64 times more) were compared.
/// </summary>
public static class Kipping2022Flat
{
    /// <summary>Catalog name of the 256-unit model.</summary>
    public const string NarrowName = "kipping2022-flat-256";

    /// <summary>Catalog name of the 16384-unit model.</summary>
    public const string WideName = "kipping2022-flat-16384";

    /// <summary>Builds the model with <paramref name="units"/> hidden units.</summary>
    public static Sequential Create(int units) => new(
        new InputLayer(28, 28, 1),
        new Flatten(),
        new Dense(units, activation: "relu", kernelInitializer: "he_uniform"),
        new Dense(10, activation: "softmax", kernelInitializer: "he_uniform"));
}
