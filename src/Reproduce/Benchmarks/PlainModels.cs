using KerasNet.Architectures;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace KerasNet.Reproduce.Benchmarks;

/// <summary>
/// The reference models written directly with TorchSharp's modules, the way a TorchSharp user would (NCHW input,
/// logits out; the benchmark's plain loop applies the softmax and Keras's loss math by hand), as the baseline
/// KerasNet's overhead is measured against.
/// </summary>
public static class PlainModels
{
    /// <summary>The plain TorchSharp version of a catalog model.</summary>
    /// <exception cref="KeyNotFoundException">No plain version is written for that model.</exception>
    public static Module<Tensor, Tensor> Create(string name) => name switch
    {
        Aven2019Ffnn.Name => Sequential(Linear(784, 64), Sigmoid(), Linear(64, 10)),
        Kipping2022Baseline.Name => Sequential(
            Conv2d(1, 32, 3), ReLU(), MaxPool2d(2), Conv2d(32, 64, 3), ReLU(), MaxPool2d(2),
            Flatten(), Linear(1600, 2048), ReLU(), Linear(2048, 10)),
        Groth2019LeNet.Name => Sequential(
            Conv2d(1, 20, 5, padding: 2), ReLU(), MaxPool2d(2), Conv2d(20, 50, 5, padding: 2), ReLU(), MaxPool2d(2),
            Flatten(), Linear(2450, 500), ReLU(), Linear(500, 10)),
        Nanavati2021Cnn.Name => Sequential(
            Conv2d(1, 28, 3), MaxPool2d(2), Dropout(0.2), Flatten(), Linear(4732, 128), ReLU(), Dropout(0.2), Linear(128, 10)),
        _ => throw new KeyNotFoundException($"No plain TorchSharp baseline is written for '{name}'."),
    };

    /// <summary>The reference models the benchmark runs, with the batch size their report trains with.</summary>
    public static IReadOnlyList<(string Model, int BatchSize)> References { get; } =
    [
        (Aven2019Ffnn.Name, 128),
        (Kipping2022Baseline.Name, 64),
        (Groth2019LeNet.Name, 32),
        (Nanavati2021Cnn.Name, 32),
    ];
}
