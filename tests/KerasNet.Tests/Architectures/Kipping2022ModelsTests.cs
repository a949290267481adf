using KerasNet.Architectures;
using KerasNet.Layers;

namespace KerasNet.Tests.Architectures;

/// <summary>The kipping2022 architectures: parameter counts worked out by hand from the author's layer lists, and the options.</summary>
public sealed class Kipping2022ModelsTests
{
    // conv 3·3·1·32+32 = 320, conv 3·3·32·64+64 = 18,496, dense 5·5·64·2048+2048 = 3,278,848, dense 2048·10+10 = 20,490.
    [TestCase(Kipping2022Baseline.Name, 3_318_154)]
    // conv 1,280, conv 3·3·128·512+512 = 590,336, dense 5·5·512·4096+4096 = 52,432,896, dense 40,970.
    [TestCase(Kipping2022Wide.Name, 53_065_482)]
    // dense 784·256+256 = 200,960, dense 2,570.
    [TestCase(Kipping2022Flat.NarrowName, 203_530)]
    // dense 784·16384+16384 = 12,861,440, dense 163,850.
    [TestCase(Kipping2022Flat.WideName, 13_025_290)]
    // convs 896, 9,248, 18,496, 36,928, 73,856, 147,584; dense 4·4·128·1028+1028 = 2,106,372; dense 10,290.
    [TestCase(Kipping2022Deeper.Name, 2_403_670)]
    // the deeper net plus BatchNormalization's 4 values per channel: 4·(2·32+2·64+2·128) = 1,792.
    [TestCase(Kipping2022Deeper.BatchNormName, 2_405_462)]
    // dropout adds no parameters.
    [TestCase(Kipping2022Deeper.Dropout02Name, 2_403_670)]
    // on 28×28×1: first conv 320; 28→14→7→3, dense 3·3·128·1028+1028 = 1,185,284; BN 1,792.
    [TestCase(Kipping2022Deeper.FinalName, 1_483_798)]
    // conv 896, BN 128, conv 18,496, BN 256, 32→30→15→13→6: dense 6·6·64·2048+2048 = 4,720,640, dense 20,490.
    [TestCase(Kipping2022Baseline.BatchNormCifar10Name, 4_760_906)]
    public void ParameterCount_MatchesTheAuthorsArchitecture(string name, long parameters)
    {
        var model = ModelCatalog.Get(name).Create();

        Assert.That(model.ParameterCount, Is.EqualTo(parameters));
    }

    [Test]
    public void ZerosInitializer_MakesEveryKernelZero_AndLeavesTheShapes()
    {
        Seeding.SetRandomSeed(1);
        var model = ModelCatalog.Get(Kipping2022Baseline.Name).Create(new ModelOptions { KernelInitializer = "zeros" });

        var kernels = model.Weights.Where(w => w.Name == "kernel").ToList();

        Assert.That(kernels, Has.Count.EqualTo(4));
        Assert.That(kernels.SelectMany(k => k.GetValue().Data), Is.All.Zero);
        Assert.That(model.ParameterCount, Is.EqualTo(3_318_154));
    }

    [Test]
    public void ActivationOption_ReplacesTheHiddenActivations_AndKeepsTheSoftmaxOutput()
    {
        var model = ModelCatalog.Get(Kipping2022Baseline.Cifar10Name).Create(new ModelOptions { Activation = KerasNet.Activations.Activations.LeakyReluWithSlope(0.1) });

        var activations = model.Layers.OfType<KernelLayer>().Select(l => l.Activation.Name).ToList();

        Assert.That(activations.Take(3), Is.All.EqualTo("leaky_relu"));
        Assert.That(activations[^1], Is.EqualTo("softmax"));
        Assert.That(model.InputShape.ToString(), Does.Contain("32, 32, 3"));
    }

    [Test]
    public void Nanavati2021NumpyNet_HasTheHiddenUnitsAndInitializersItIsGiven()
    {
        var named = ModelCatalog.Get(Nanavati2021NumpyNet.Name);
        var standard = named.Create();
        var ones = named.Create(new ModelOptions { HiddenUnits = [50], KernelInitializer = "ones", BiasInitializer = "ones" });

        Assert.That(standard.ParameterCount, Is.EqualTo((784 * 100) + 100 + (100 * 10) + 10));
        Assert.That(ones.ParameterCount, Is.EqualTo((784 * 50) + 50 + (50 * 10) + 10));
        Assert.That(ones.Weights.SelectMany(w => w.GetValue().Data), Is.All.EqualTo(1f));
        Assert.That(standard.Layers[^2].Weights[1].GetValue().Data, Is.All.Zero, "biases start at zero");
        Assert.That(() => named.Create(new ModelOptions { HiddenUnits = [60, 60] }), Throws.ArgumentException.With.Message.Contains("one hidden layer"));
        Assert.That(() => named.Create(new ModelOptions { Activation = KerasNet.Activations.Activations.Relu }), Throws.ArgumentException.With.Message.Contains("does not take the option(s) Activation"));
    }

    [Test]
    public void Options_OnAModelThatTakesNone_AreRefused()
    {
        Assert.That(
            () => ModelCatalog.Get(Kipping2022Wide.Name).Create(new ModelOptions { KernelInitializer = "zeros" }),
            Throws.ArgumentException.With.Message.Contains("does not take the option(s) KernelInitializer"));
    }
}
