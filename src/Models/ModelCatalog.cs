namespace KerasNet.Architectures;

/// <summary>Every named architecture of the reports, looked up by name.</summary>
public static class ModelCatalog
{
    /// <summary>All models, in name order.</summary>
    public static IReadOnlyList<NamedModel> All { get; } =
    [
        new(Aven2019Ffnn.Name, "aven2019 task 2: 784-64-10 dense net, sigmoid hidden, softmax output (MNIST)", Aven2019Ffnn.Create),
        new(DemoFashionDense.Name, "demonstration (no report): Flatten 28x28, Dense 128 relu, Dense 10 softmax, 101,770 params", DemoFashionDense.Create),
        new(Groth2019LeNet.Name, "groth2019: LeNet, conv 20 and 50 filters 5x5, pool 2, dense 500 (MNIST, CIFAR-10)", Groth2019LeNet.Create),
        new(Kipping2022Baseline.Name, "kipping2022 sheet-6 baseline CNN: conv 32/64 3x3, pool 2, dense 2048, he_uniform (Fashion-MNIST)", () => Kipping2022Baseline.Create()),
        new(Nanavati2021Cnn.Name, "nanavati2021 §3.1: Keras CNN for MNIST (conv 28@3x3, pool, dense 128), 607,394 params", Nanavati2021Cnn.Create),
    ];

    /// <summary>Looks up a model by name.</summary>
    /// <exception cref="KeyNotFoundException">No model has that name; the message lists the names.</exception>
    public static NamedModel Get(string name) =>
        All.FirstOrDefault(m => m.Name == name)
        ?? throw new KeyNotFoundException($"Unknown model '{name}'. Known models: {string.Join(", ", All.Select(m => m.Name))}.");
}
