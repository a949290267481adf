using KerasNet.Data;

namespace KerasNet.Tests.Data;

/// <summary>On the real Fashion-MNIST (CI installs Debian's dataset-fashion-mnist); skipped with the reason when absent.</summary>
public sealed class RealFashionMnistTests
{
    [Test]
    public void FashionMnist_LoadsVerifiedWithKerasShapesAndBalancedClasses()
    {
        var store = new DatasetStore();
        var status = store.Check(Datasets.FashionMnist);
        if (status.State == DatasetState.Missing)
        {
            Assert.Ignore($"Fashion-MNIST is not installed: {status.Detail}");
        }

        Assert.That(status.State, Is.EqualTo(DatasetState.Verified), status.Detail);
        var ((xTrain, yTrain), (xTest, yTest)) = FashionMnist.LoadData(store);

        Assert.Multiple(() =>
        {
            Assert.That(xTrain.Shape, Is.EqualTo(new[] { 60000, 28, 28 }));
            Assert.That(yTrain.Shape, Is.EqualTo(new[] { 60000 }));
            Assert.That(xTest.Shape, Is.EqualTo(new[] { 10000, 28, 28 }));
            Assert.That(yTest.Shape, Is.EqualTo(new[] { 10000 }));
            Assert.That(yTrain.Data.GroupBy(l => l).Select(g => g.Count()), Is.All.EqualTo(6000));
            Assert.That(yTest.Data.GroupBy(l => l).Select(g => g.Count()), Is.All.EqualTo(1000));
            Assert.That(yTrain.Data.Distinct().Count(), Is.EqualTo(10));
            Assert.That(yTrain.Data[..5], Is.EqualTo(new byte[] { 9, 0, 0, 3, 0 }), "first training labels (ankle boot, T-shirt, T-shirt, dress, T-shirt)");
        });
    }
}
