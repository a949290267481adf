using KerasNet.Architectures;
using KerasNet.Layers;

namespace KerasNet.Tests.Architectures;

/// <summary>
/// aven2019's numpy net: the authors' weight matrices are (64, 785) and (10, 64) — the 785th column is the hidden
/// layer's bias, no other layer has one.
/// </summary>
public sealed class Aven2019ModelsTests
{
    // 785·64 + 64·10 = 50,880 (the authors' two matrices).
    [TestCase(null, 50_880)]
    // 785·128 + 128·10 = 101,760.
    [TestCase(new[] { 128 }, 101_760)]
    // 785·60 + 60·60 + 60·10 = 51,300 (the report counts 50,040 without the bias column, and writes 764 for 784).
    [TestCase(new[] { 60, 60 }, 51_300)]
    public void ParameterCount_IsTheAuthorsMatrices(int[]? hidden, long parameters)
    {
        var model = ModelCatalog.Get(Aven2019NumpyNet.Name).Create(new ModelOptions { HiddenUnits = hidden });

        Assert.That(model.ParameterCount, Is.EqualTo(parameters));
        Assert.That(model.Weights.Count(w => w.Name == "bias"), Is.EqualTo(1), "only the first hidden layer has a bias");
    }

    [Test]
    public void Defaults_AreSigmoidHiddenLayers_LinearOutput_AndUniformWeightsAndBias()
    {
        Seeding.SetRandomSeed(3);
        var model = ModelCatalog.Get(Aven2019NumpyNet.Name).Create();
        var dense = model.Layers.OfType<Dense>().ToList();
        var values = model.GetWeights().SelectMany(w => w.Data).ToList();

        Assert.That(dense.Select(d => d.Activation.Name), Is.EqualTo(new[] { "sigmoid", "linear" }));
        Assert.That(values, Is.All.InRange(-1f, 1f));
        Assert.That(values.Count(v => Math.Abs(v) > 0.9f), Is.GreaterThan(values.Count / 20), "uniform on [−1, 1], not a small-scale default");
        Assert.That(model.GetWeights()[1].Data.Max(), Is.GreaterThan(0.5f), "the bias is drawn like the weights, not zero");
    }

    [Test]
    public void NoHiddenLayer_IsRefused()
    {
        Assert.That(
            () => ModelCatalog.Get(Aven2019NumpyNet.Name).Create(new ModelOptions { HiddenUnits = [] }),
            Throws.ArgumentException.With.Message.Contains("at least one hidden layer"));
    }
}
