using KerasNet.Initializers;
using KerasNet.Layers;
using KerasNet.Models;

namespace KerasNet.Architectures;

/// <summary>
/// Report kipping2022's "sheet-6" baseline CNN (the author's <c>InitModel</c>): Conv2D 32 3×3 relu → MaxPool 2 →
/// Conv2D 64 3×3 relu → MaxPool 2 → Flatten → Dense 2048 relu → Dense 10 softmax, kernels he_uniform (the variable
/// of §2.2, hence a parameter), biases zeros; 3,318,154 parameters on 28×28×1.
/// </summary>
public static class Kipping2022Baseline
{
    /// <summary>Catalog name.</summary>
    public const string Name = "kipping2022-baseline";

    /// <summary>Builds the model with the given kernel initializer. The default value is he_uniform.</summary>
    public static Sequential Create(string kernelInitializer = "he_uniform")
    {
        Initializer Kernel() => Initializer.FromString(kernelInitializer);
        return new Sequential(
            new InputLayer(28, 28, 1),
            new Conv2D(32, kernelSize: 3, activation: "relu", kernelInitializer: Kernel()),
            new MaxPooling2D(),
            new Conv2D(64, kernelSize: 3, activation: "relu", kernelInitializer: Kernel()),
            new MaxPooling2D(),
            new Flatten(),
            new Dense(2048, activation: "relu", kernelInitializer: Kernel()),
            new Dense(10, activation: "softmax", kernelInitializer: Kernel()));
    }
}
