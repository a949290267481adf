using KerasNet.Layers;
using KerasNet.Models;

namespace KerasNet.Architectures;

/// <summary>
/// The Keras CNN of report nanavati2021 (Nanavati &amp; LT, "Neural Networks Project Report", 2021, §3.1,
/// Figure 2): Conv2D 28 filters 3×3 on 28×28×1 → MaxPooling2D 2×2 → Dropout → Flatten → Dense 128 relu →
/// Dropout → Dense 10 softmax; 607,394 parameters. The report prints only the summary, so the conv
/// activation (none) and dropout rates (0.2) follow the common MNIST example this summary matches; they do
/// not change the parameter counts.
/// </summary>
public static class Nanavati2021Cnn
{
    /// <summary>Catalog name.</summary>
    public const string Name = "nanavati2021-cnn";

    /// <summary>Builds the model.</summary>
    public static Sequential Create() => new(
        new InputLayer(28, 28, 1),
        new Conv2D(28, kernelSize: 3),
        new MaxPooling2D(poolSize: 2),
        new Dropout(0.2),
        new Flatten(),
        new Dense(128, activation: "relu"),
        new Dropout(0.2),
        new Dense(10, activation: "softmax"));
}
