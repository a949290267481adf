using KerasNet.Architectures;
using KerasNet.Layers;

namespace KerasNet.Tests.Architectures;

/// <summary>groth2019's LeNet and the options its experiments vary: parameter counts worked out by hand, the layers each option gives.</summary>
public sealed class Groth2019ModelsTests
{
    // 'same' keeps 28×28: conv 5·5·1·20+20 = 520, pool → 14, conv 5·5·20·50+50 = 25,050, pool → 7, dense 7·7·50·500+500 = 1,225,500, dense 5,010.
    [Test]
    public void Baseline_HasTable1sLayers_WithSamePadding()
    {
        var model = ModelCatalog.Get(Groth2019LeNet.Name).Create();

        Assert.That(model.ParameterCount, Is.EqualTo(1_256_080));
        Assert.That(model.Layers.OfType<Conv2D>().Select(c => (c.Filters, c.KernelSize.Height, c.Padding)), Is.EqualTo(new[] { (20, 5, Padding.Same), (50, 5, Padding.Same) }));
        Assert.That(model.Layers.OfType<KernelLayer>().Select(l => l.Activation.Name), Is.EqualTo(new[] { "relu", "relu", "relu", "softmax" }));
    }

    // no convolution: dense 784·500+500 = 392,500, dense 5,010.
    [TestCase(new int[0], new string[0], 397_510)]
    // one: conv 520, pool → 14: dense 14·14·20·500+500 = 1,960,500, dense 5,010.
    [TestCase(new[] { 20 }, new[] { "max" }, 1_966_030)]
    // no pooling: 28×28 throughout, dense 28·28·50·500+500 = 19,600,500.
    [TestCase(new[] { 20, 50 }, new[] { "none", "none" }, 520 + 25_050 + 19_600_500 + 5_010)]
    // one pooling, after the first convolution: 14×14×50 = 9,800 features, dense 4,900,500.
    [TestCase(new[] { 20, 50 }, new[] { "max", "none" }, 520 + 25_050 + 4_900_500 + 5_010)]
    // halved filters: conv 260, conv 5·5·10·25+25 = 6,275, dense 7·7·25·500+500 = 613,000.
    [TestCase(new[] { 10, 25 }, new[] { "average", "average" }, 260 + 6_275 + 613_000 + 5_010)]
    public void ConvolutionLayersAndPooling_GiveTheCountsWorkedOutByHand(int[] filters, string[] pooling, long parameters)
    {
        var model = ModelCatalog.Get(Groth2019LeNet.Name).Create(new ModelOptions { ConvolutionFilters = filters, Pooling = pooling });

        Assert.That(model.ParameterCount, Is.EqualTo(parameters));
        Assert.That(model.Layers.Count(l => l is AveragePooling2D), Is.EqualTo(pooling.Count(p => p == "average")));
        Assert.That(model.Layers.Count(l => l is MaxPooling2D), Is.EqualTo(pooling.Count(p => p == "max")));
    }

    // stride 2, 'same': 28 → 14 → pool 7 → 4 → pool 2: dense 2·2·50·500+500 = 100,500.
    [TestCase(2, 5, 520 + 25_050 + 100_500 + 5_010)]
    // stride 3: 28 → 10 → 5 → 2 → 1: dense 50·500+500 = 25,500.
    [TestCase(3, 5, 520 + 25_050 + 25_500 + 5_010)]
    // kernel 1: conv 1·1·1·20+20 = 40, conv 20·50+50 = 1,050, 7×7×50 as the baseline.
    [TestCase(1, 1, 40 + 1_050 + 1_225_500 + 5_010)]
    public void StridesAndKernelSize_ApplyToEveryConvolution(int strides, int kernelSize, long parameters)
    {
        var model = ModelCatalog.Get(Groth2019LeNet.Name).Create(new ModelOptions { Strides = strides, KernelSize = kernelSize });

        Assert.That(model.ParameterCount, Is.EqualTo(parameters));
        Assert.That(model.Layers.OfType<Conv2D>().Select(c => (c.Strides.Height, c.KernelSize.Width)), Is.All.EqualTo((strides, kernelSize)));
    }

    [Test]
    public void InitializerAndActivation_ApplyToEveryHiddenLayer_AndTheOutputKeepsSoftmax()
    {
        Seeding.SetRandomSeed(1);
        var model = ModelCatalog.Get(Groth2019LeNet.Name).Create(new ModelOptions { KernelInitializer = "ones", Activation = KerasNet.Activations.Activations.Softsign });

        Assert.That(model.Weights.Where(w => w.Name == "kernel").SelectMany(k => k.GetValue().Data), Is.All.EqualTo(1f));
        Assert.That(model.Layers.OfType<KernelLayer>().Select(l => l.Activation.Name), Is.EqualTo(new[] { "softsign", "softsign", "softsign", "softmax" }));
    }

    [Test]
    public void ValidPaddingAndLinearOutput_GiveTheReportsEquation5Sizes_AndLogits()
    {
        var model = ModelCatalog.Get(Groth2019LeNet.Name).Create(new ModelOptions { Padding = Padding.Valid, OutputActivation = KerasNet.Activations.Activations.Linear });

        // 28 → 24 (the report's Equation 5) → 12 → 8 → 4: dense 4·4·50·500+500 = 400,500.
        Assert.That(model.ParameterCount, Is.EqualTo(520 + 25_050 + 400_500 + 5_010));
        Assert.That(model.Layers.OfType<KernelLayer>().Last().Activation.Name, Is.EqualTo("linear"));
    }

    [Test]
    public void PoolingOfAnotherLength_IsRefused_NamingBothCounts()
    {
        var options = new ModelOptions { ConvolutionFilters = [20], Pooling = ["max", "max"] };

        Assert.That(() => ModelCatalog.Get(Groth2019LeNet.Name).Create(options), Throws.ArgumentException.With.Message.Contain("2 poolings for 1 convolution layers"));
    }

    [Test]
    public void Cifar10Twin_TakesColourImages()
    {
        var model = ModelCatalog.Get(Groth2019LeNet.Cifar10Name).Create();

        // conv 5·5·3·20+20 = 1,520; dense 8·8·50·500+500 = 1,600,500.
        Assert.That(model.ParameterCount, Is.EqualTo(1_520 + 25_050 + 1_600_500 + 5_010));
    }
}
