using KerasNet.Layers;
using KerasNet.Models;

namespace KerasNet.Tests.Layers;

[NonParallelizable]
public sealed class LayerSemanticsTests
{
    [Test]
    public void Flatten_OrdersFeaturesChannelsLastAsKeras()
    {
        var x = new NDArray<float>(Enumerable.Range(0, 2 * 2 * 3).Select(i => (float)i).ToArray(), 1, 2, 2, 3);
        var model = new Sequential(new InputLayer(2, 2, 3), new Flatten());

        Assert.That(model.Predict(x).Data, Is.EqualTo(x.Data));
    }

    [Test]
    public void Conv2D_KernelIsInKerasLayout_AndSamePaddingPutsTheOddPixelAfter()
    {
        var layer = new Conv2D(1, kernelSize: 2, strides: 2, padding: Padding.Same, useBias: false);
        var model = new Sequential(new InputLayer(3, 3, 1), layer);
        layer.Weights[0].SetValue(new NDArray<float>([1, 10, 100, 1000], 2, 2, 1, 1));
        var x = new NDArray<float>(Enumerable.Range(1, 9).Select(i => (float)i).ToArray(), 1, 3, 3, 1);

        var y = model.Predict(x);

        // Padding (0 before, 1 after) on both axes; window at (0,0) covers 1 2 / 4 5.
        Assert.That(y.Data, Is.EqualTo(new float[] { 1 + 20 + 400 + 5000, 3 + 0 + 600 + 0, 7 + 80 + 0 + 0, 9 }));
    }

    [Test]
    public void MaxPooling2D_SamePadding_IgnoresPaddedCells()
    {
        var model = new Sequential(new InputLayer(3, 3, 1), new MaxPooling2D(padding: Padding.Same));
        var x = new NDArray<float>(Enumerable.Repeat(-5f, 9).ToArray(), 1, 3, 3, 1);

        Assert.That(model.Predict(x).Data, Is.All.EqualTo(-5f));
    }

    [Test]
    public void AveragePooling2D_SamePadding_AveragesOnlyRealCells()
    {
        var model = new Sequential(new InputLayer(3, 3, 1), new AveragePooling2D(padding: Padding.Same));
        var x = new NDArray<float>(Enumerable.Repeat(4f, 9).ToArray(), 1, 3, 3, 1);

        Assert.That(model.Predict(x).Data, Is.All.EqualTo(4f));
    }

    [Test]
    public void LeakyReLU_DefaultSlopeIsKerasLayers0Point3()
    {
        var model = new Sequential(new InputLayer(2), new LeakyReLU());

        Assert.That(model.Predict(new NDArray<float>([-10f, 2f], 1, 2)).Data, Is.EqualTo(new[] { -3f, 2f }).Within(1e-6));
    }

    [Test]
    public void Dropout_IsIdentityAtInference()
    {
        var model = new Sequential(new InputLayer(5), new Dropout(0.9));
        var x = new NDArray<float>([1, 2, 3, 4, 5], 1, 5);

        Assert.That(model.Predict(x).Data, Is.EqualTo(x.Data));
    }

    [Test]
    public void BatchNormalization_AtInference_UsesMovingStatistics()
    {
        var layer = new BatchNormalization(epsilon: 1e-3);
        var model = new Sequential(new InputLayer(1), layer);
        layer.Weights[2].SetValue(new NDArray<float>([2f], 1));
        layer.Weights[3].SetValue(new NDArray<float>([4f], 1));

        var y = model.Predict(new NDArray<float>([6f], 1, 1));

        Assert.That(y.Data[0], Is.EqualTo(4 / Math.Sqrt(4.001)).Within(1e-6));
    }

    [Test]
    public void Dense_ByDefault_UsesGlorotUniformKernelAndZeroBias()
    {
        Seeding.SetRandomSeed(3);
        var layer = new Dense(300);
        _ = new Sequential(new InputLayer(200), layer);
        var kernel = layer.Weights[0].GetValue().Data;
        double limit = Math.Sqrt(6.0 / (200 + 300));

        Assert.Multiple(() =>
        {
            Assert.That(kernel.Max(), Is.LessThanOrEqualTo(limit).And.GreaterThan(0.95 * limit));
            Assert.That(kernel.Min(), Is.GreaterThanOrEqualTo(-limit).And.LessThan(-0.95 * limit));
            Assert.That(layer.Weights[1].GetValue().Data, Is.All.Zero);
        });
    }

    [TestCase(0)]
    [TestCase(-3)]
    public void Dense_NonPositiveUnits_ThrowsNamingTheArgument(int units)
    {
        Assert.That(() => new Dense(units), Throws.ArgumentException.With.Message.Contain($"units={units}"));
    }

    [Test]
    public void Dense_OnAnImage_ThrowsSayingToFlatten()
    {
        Assert.That(
            () => new Sequential(new InputLayer(4, 4, 1), new Dense(3)),
            Throws.ArgumentException.With.Message.Contain("layer 'dense'").And.Message.Contain("Flatten").And.Message.Contain("(4, 4, 1)"));
    }

    [Test]
    public void Conv2D_KernelLargerThanImage_ThrowsNamingTheLayer()
    {
        Assert.That(
            () => new Sequential(new InputLayer(2, 2, 1), new Conv2D(1, kernelSize: 3)),
            Throws.ArgumentException.With.Message.Contain("conv2d").And.Message.Contain("does not fit"));
    }

    [Test]
    public void Dropout_RateOutOfRange_Throws()
    {
        Assert.That(() => new Dropout(1.0), Throws.ArgumentException.With.Message.Contain("rate=1"));
    }
}
