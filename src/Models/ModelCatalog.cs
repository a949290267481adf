namespace KerasNet.Architectures;

/// <summary>Every named architecture of the reports, looked up by name.</summary>
public static class ModelCatalog
{
    private static readonly int[] MnistShape = [28, 28, 1];
    private static readonly int[] Cifar10Shape = [32, 32, 3];
    private static readonly Shape MnistInput = new(MnistShape);
    private static readonly Shape Cifar10Input = new(Cifar10Shape);
    private static readonly Shape PictureInput = new(28, 28);
    private static readonly Shape FlatInput = new(784);

    /// <summary>All models, in name order.</summary>
    public static IReadOnlyList<NamedModel> All { get; } =
    [
        new(Aven2019Ffnn.Name, "aven2019 task 2: 784-64-10 dense net, sigmoid hidden, softmax output (MNIST)", FlatInput, Aven2019Ffnn.Create),
        new(Aven2019DropoutNet.Name, "aven2019 §5 bonus as the authors' final code builds it: dropout 0.25, two hidden ReLU layers of 64 with dropout 0.2, 10 logits, Xavier normal", PictureInput, Aven2019DropoutNet.Create),
        new(Aven2019NumpyNet.Name, "aven2019 §2–4 as the authors' numpy code builds it: 784 (+ bias column) → hidden sigmoid → 10 logits, no other bias, uniform[−1, 1]; activation, initializer and hidden-units options", PictureInput, ModelOption.Activation | ModelOption.KernelInitializer | ModelOption.BiasInitializer | ModelOption.HiddenUnits, Aven2019NumpyNet.Create),
        new(DemoFashionDense.Name, "demonstration (no report): Flatten 28x28, Dense 128 relu, Dense 10 softmax, 101,770 params", PictureInput, DemoFashionDense.Create),
        new(Groth2019LeNet.Name, "groth2019: LeNet, conv 20 and 50 filters 5x5 'same', relu, max-pool 2, dense 500 (MNIST); activation, initializer, kernel size, strides, convolution filters and pooling options", MnistInput, Groth2019LeNet.Options, o => Groth2019LeNet.Create(MnistShape, o)),
        new(Groth2019LeNet.Cifar10Name, "groth2019-lenet on 32x32x3 (CIFAR-10), the same options", Cifar10Input, Groth2019LeNet.Options, o => Groth2019LeNet.Create(Cifar10Shape, o)),
        new(Highsmith2019Net.Name, "highsmith2019 as the author's code builds it: L full-size 28×28 filters, φ, a perceptron, φ; no biases, his uniform initialization; trained by the true gradient", MnistInput, Highsmith2019Net.Options, Highsmith2019Net.Create),
        new(Highsmith2019Net.AuthorsRuleName, "highsmith2019-net trained by the author's rule: φ(φ(z)) where the filters' gradient has φ′(z)", MnistInput, Highsmith2019Net.Options, Highsmith2019Net.CreateWithAuthorsRule),
        new(Kipping2022Baseline.Name, "kipping2022 sheet-6 baseline CNN: conv 32/64 3x3, pool 2, dense 2048, relu, he_uniform (Fashion-MNIST); activation, initializer and output activation options", MnistInput, ModelOption.Activation | ModelOption.KernelInitializer | ModelOption.OutputActivation, o => Kipping2022Baseline.Create(MnistShape, o)),
        new(Kipping2022Baseline.BatchNormCifar10Name, "kipping2022 §3.3 baseline with BatchNormalization after each pooling (CIFAR-10)", Cifar10Input, () => Kipping2022Baseline.Create(Cifar10Shape, ModelOptions.Default, batchNormalization: true)),
        new(Kipping2022Baseline.Cifar10Name, "kipping2022 baseline CNN on 32x32x3 (CIFAR-10); activation and initializer options", Cifar10Input, ModelOption.Activation | ModelOption.KernelInitializer, o => Kipping2022Baseline.Create(Cifar10Shape, o)),
        new(Kipping2022Deeper.Name, "kipping2022 §2.4.2 deeper CNN: 3 blocks of two 'same' convs (32/64/128) + pool, dense 1028 (CIFAR-10)", Cifar10Input, () => Kipping2022Deeper.Create(Cifar10Shape, batchNormalization: false, dropoutRate: 0)),
        new(Kipping2022Deeper.BatchNormName, "kipping2022 §3.3 deeper CNN with BatchNormalization after every conv (CIFAR-10)", Cifar10Input, () => Kipping2022Deeper.Create(Cifar10Shape, batchNormalization: true, dropoutRate: 0)),
        new(Kipping2022Deeper.Dropout02Name, "kipping2022 §3.4 deeper CNN with Dropout 0.2 after each block and dense 1028 (CIFAR-10)", Cifar10Input, () => Kipping2022Deeper.Create(Cifar10Shape, batchNormalization: false, dropoutRate: 0.2)),
        new(Kipping2022Deeper.Dropout03Name, "kipping2022 §3.4 deeper CNN with Dropout 0.3 after each block and dense 1028 (CIFAR-10)", Cifar10Input, () => Kipping2022Deeper.Create(Cifar10Shape, batchNormalization: false, dropoutRate: 0.3)),
        new(Kipping2022Deeper.FinalName, "kipping2022 final model: deeper CNN with BatchNormalization and Dropout 0.25 (Fashion-MNIST)", MnistInput, () => Kipping2022Deeper.Create(MnistShape, batchNormalization: true, dropoutRate: Kipping2022Deeper.FinalDropoutRate)),
        new(Kipping2022Deeper.FinalCifar10Name, "kipping2022 final model: deeper CNN with BatchNormalization and Dropout 0.25 (CIFAR-10)", Cifar10Input, () => Kipping2022Deeper.Create(Cifar10Shape, batchNormalization: true, dropoutRate: Kipping2022Deeper.FinalDropoutRate)),
        new(Kipping2022Flat.WideName, "kipping2022 §2.4.1 flat net: Flatten, Dense 16384 relu, Dense 10 (Fashion-MNIST)", MnistInput, () => Kipping2022Flat.Create(16384)),
        new(Kipping2022Flat.NarrowName, "kipping2022 §2.4.1 flat net: Flatten, Dense 256 relu, Dense 10 (Fashion-MNIST)", MnistInput, () => Kipping2022Flat.Create(256)),
        new(Kipping2022Wide.Name, "kipping2022 §2.4.1 wide CNN as the author's code ran it: conv 128/512, dense 4096 (Fashion-MNIST)", MnistInput, Kipping2022Wide.Create),
        new(Nanavati2021Cnn.Name, "nanavati2021 §3.1: Keras CNN for MNIST (conv 28@3x3, pool, dense 128), 607,394 params", MnistInput, Nanavati2021Cnn.Create),
        new(Nanavati2021NumpyNet.Name, "nanavati2021 §3.2: numpy net 784 → hidden relu → 10 logits, N(0,1)·0.01 weights, zero biases; hidden units and initializer options", PictureInput, ModelOption.HiddenUnits | ModelOption.KernelInitializer | ModelOption.BiasInitializer, Nanavati2021NumpyNet.Create),
    ];

    /// <summary>Looks up a model by name.</summary>
    /// <exception cref="KeyNotFoundException">No model has that name; the message lists the names.</exception>
    public static NamedModel Get(string name) =>
        All.FirstOrDefault(m => m.Name == name)
        ?? throw new KeyNotFoundException($"Unknown model '{name}'. Known models: {string.Join(", ", All.Select(m => m.Name))}.");
}
