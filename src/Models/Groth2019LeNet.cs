using KerasNet.Layers;
using KerasNet.Models;

namespace KerasNet.Architectures;

/// <summary>
/// Report groth2019's LeNet (Table 1): Conv2D 20 5×5 relu → MaxPool 2 → Conv2D 50 5×5 relu → MaxPool 2 → Flatten →
/// Dense 500 relu → Dense 10 softmax on 28×28×1, stride 1. The report does not give the dense width; 500 is
/// classic LeNet's (Caffe's LeNet, which the report also used through DIGITS).
/// </summary>
public static class Groth2019LeNet
{
    /// <summary>Catalog name.</summary>
    public const string Name = "groth2019-lenet";

    /// <summary>Builds the model.</summary>
    public static Sequential Create() => new(
        new InputLayer(28, 28, 1),
        new Conv2D(20, kernelSize: 5, activation: "relu"),
        new MaxPooling2D(),
        new Conv2D(50, kernelSize: 5, activation: "relu"),
        new MaxPooling2D(),
        new Flatten(),
        new Dense(500, activation: "relu"),
        new Dense(10, activation: "softmax"));
}
