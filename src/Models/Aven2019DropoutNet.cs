using KerasNet.Initializers;
using KerasNet.Layers;
using KerasNet.Models;

namespace KerasNet.Architectures;

/// <summary>
/// Report aven2019 §5 (bonus) as the authors' final code builds it (GitHub thomaav/datasyn, <c>oving2/softmax.py</c> at
/// a6e476b): Dropout 0.25 on the inputs, two hidden ReLU layers of 64 units each followed by Dropout 0.2, and 10 logits.
/// As in <see cref="Aven2019NumpyNet"/>, the constant-1 input column gives only the first hidden layer a bias. Every weight
/// is drawn from Xavier's normal N(0, 2 / (fan-in + fan-out)), untruncated; the bias column counts in the first layer's fan-in.
/// </summary>
public static class Aven2019DropoutNet
{
    /// <summary>Catalog name.</summary>
    public const string Name = "aven2019-dropout-net";

    /// <summary>Builds the model.</summary>
    public static Sequential Create()
    {
        static Initializer Xavier() => new VarianceScaling(1.0, FanMode.FanAverage, ScalingDistribution.UntruncatedNormal);
        return new Sequential(
            new InputLayer(28, 28),
            new Flatten(),
            new Dropout(0.25),
            new Dense(64, activation: "relu", kernelInitializer: Xavier(), biasInitializer: new RandomNormal(0, Math.Sqrt(2.0 / (785 + 64)))),
            new Dropout(0.2),
            new Dense(64, activation: "relu", useBias: false, kernelInitializer: Xavier()),
            new Dropout(0.2),
            new Dense(10, useBias: false, kernelInitializer: Xavier()));
    }
}
