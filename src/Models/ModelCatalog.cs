namespace KerasNet.Architectures;

/// <summary>Every named architecture of the reports, looked up by name.</summary>
public static class ModelCatalog
{
    /// <summary>All models, in name order.</summary>
    public static IReadOnlyList<NamedModel> All { get; } =
    [
        new(DemoFashionDense.Name, "demonstration (no report): Flatten 28x28, Dense 128 relu, Dense 10 softmax, 101,770 params", DemoFashionDense.Create),
        new(Nanavati2021Cnn.Name, "nanavati2021 §3.1: Keras CNN for MNIST (conv 28@3x3, pool, dense 128), 607,394 params", Nanavati2021Cnn.Create),
    ];

    /// <summary>Looks up a model by name.</summary>
    /// <exception cref="KeyNotFoundException">No model has that name; the message lists the names.</exception>
    public static NamedModel Get(string name) =>
        All.FirstOrDefault(m => m.Name == name)
        ?? throw new KeyNotFoundException($"Unknown model '{name}'. Known models: {string.Join(", ", All.Select(m => m.Name))}.");
}
