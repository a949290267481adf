using KerasNet.Layers;
using KerasNet.Models;

namespace KerasNet.Architectures;

/// <summary>
/// Report kipping2022's deeper CNN (the author's <c>DeeperModel</c>, §2.4.2) and its regularized forms: three blocks of
/// two 3×3 'same' Conv2D (32, 64, 128 filters, relu, he_uniform) each followed by MaxPool 2, then Flatten → Dense 1028
/// relu → Dense 10 softmax. <c>BatchnormModel</c> (§3.3) adds BatchNormalization after every convolution;
/// <c>DropoutModel</c> (§3.4) adds Dropout after every block and after Dense 1028; the final model
/// (<c>get_final_model</c>) has both, with rate 0.25.
/// </summary>
public static class Kipping2022Deeper
{
    /// <summary>Catalog name of the plain deeper net on CIFAR-10.</summary>
    public const string Name = "kipping2022-deeper";

    /// <summary>Catalog name of the deeper net with batch normalization on CIFAR-10.</summary>
    public const string BatchNormName = "kipping2022-deeper-batchnorm";

    /// <summary>Catalog name of the deeper net with dropout 0.2 on CIFAR-10.</summary>
    public const string Dropout02Name = "kipping2022-deeper-dropout-0.2";

    /// <summary>Catalog name of the deeper net with dropout 0.3 on CIFAR-10.</summary>
    public const string Dropout03Name = "kipping2022-deeper-dropout-0.3";

    /// <summary>Catalog name of the final model on CIFAR-10.</summary>
    public const string FinalCifar10Name = "kipping2022-final-cifar10";

    /// <summary>Catalog name of the final model on Fashion-MNIST (the model §4's attribution looks into).</summary>
    public const string FinalName = "kipping2022-final";

    /// <summary>The final model's dropout rate.</summary>
    public const double FinalDropoutRate = 0.25;

    /// <summary>Builds the net for <paramref name="inputShape"/> images; <paramref name="dropoutRate"/> 0 means no dropout layers.</summary>
    public static Sequential Create(int[] inputShape, bool batchNormalization, double dropoutRate)
    {
        IEnumerable<Layer> Convolution(int filters) => batchNormalization
            ? [Convolution2D(filters), new BatchNormalization()]
            : [Convolution2D(filters)];
        IEnumerable<Layer> Dropped() => dropoutRate > 0 ? [new Dropout(dropoutRate)] : [];
        IEnumerable<Layer> Block(int filters) => [.. Convolution(filters), .. Convolution(filters), new MaxPooling2D(), .. Dropped()];
        return new Sequential(
        [
            new InputLayer(inputShape),
            .. Block(32),
            .. Block(64),
            .. Block(128),
            new Flatten(),
            new Dense(1028, activation: "relu", kernelInitializer: "he_uniform"),
            .. Dropped(),
            new Dense(10, activation: "softmax", kernelInitializer: "he_uniform"),
        ]);
    }

    private static Conv2D Convolution2D(int filters) =>
        new(filters, kernelSize: 3, padding: Padding.Same, activation: "relu", kernelInitializer: "he_uniform");
}
