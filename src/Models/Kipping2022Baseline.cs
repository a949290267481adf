using KerasNet.Activations;
using KerasNet.Initializers;
using KerasNet.Layers;
using KerasNet.Models;

namespace KerasNet.Architectures;

/// <summary>
/// Report kipping2022's "sheet-6" baseline CNN (the author's <c>InitModel</c>): Conv2D 32 3×3 → MaxPool 2 → Conv2D 64
/// 3×3 → MaxPool 2 → Flatten → Dense 2048 → Dense 10 softmax; hidden activation relu and kernels he_uniform unless the
/// options say otherwise (§2.2 varies the initializer, §2.4.3 and §3.2 the activation), biases zeros; the output's
/// softmax may be replaced (a linear output for a crossentropy from logits, to measure the collapse rate under both loss forms). 3,318,154
/// parameters on Fashion-MNIST's 28×28×1. The batch-normalized variant (§3.3, the author's
/// <c>BatchnormModel_baseline</c>) puts BatchNormalization after each pooling.
/// </summary>
public static class Kipping2022Baseline
{
    /// <summary>Catalog name of the Fashion-MNIST (28×28×1) model.</summary>
    public const string Name = "kipping2022-baseline";

    /// <summary>Catalog name of the CIFAR-10 (32×32×3) model.</summary>
    public const string Cifar10Name = "kipping2022-baseline-cifar10";

    /// <summary>Catalog name of the batch-normalized CIFAR-10 model.</summary>
    public const string BatchNormCifar10Name = "kipping2022-baseline-batchnorm-cifar10";

    /// <summary>Builds the model for <paramref name="inputShape"/> images.</summary>
    public static Sequential Create(int[] inputShape, ModelOptions options, bool batchNormalization = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        ActivationFunction Hidden() => options.Activation ?? Activations.Activations.Relu;
        Initializer Kernel() => options.KernelInitializer ?? Initializers.Initializers.HeUniform();
        IEnumerable<Layer> AfterPooling() => batchNormalization ? [new BatchNormalization()] : [];
        return new Sequential(
        [
            new InputLayer(inputShape),
            new Conv2D(32, kernelSize: 3, activation: Hidden(), kernelInitializer: Kernel()),
            new MaxPooling2D(),
            .. AfterPooling(),
            new Conv2D(64, kernelSize: 3, activation: Hidden(), kernelInitializer: Kernel()),
            new MaxPooling2D(),
            .. AfterPooling(),
            new Flatten(),
            new Dense(2048, activation: Hidden(), kernelInitializer: Kernel()),
            new Dense(10, activation: options.OutputActivation ?? Activations.Activations.Softmax, kernelInitializer: Kernel()),
        ]);
    }
}
