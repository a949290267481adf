using KerasNet.Data;

namespace KerasNet.Tests.Data;

/// <summary>On the real MNIST (CI fetches it with <c>reproduce data fetch mnist</c>); skipped with the reason when absent.</summary>
public sealed class RealMnistTests
{
    [Test]
    public void Mnist_LoadsVerifiedWithKerasShapesAndThePublishedClassCounts()
    {
        var store = new DatasetStore();
        var status = store.Check(Datasets.Mnist);
        if (status.State == DatasetState.Missing)
        {
            Assert.Ignore($"MNIST is not present: {status.Detail}");
        }

        Assert.That(status.State, Is.EqualTo(DatasetState.Verified), status.Detail);
        var ((xTrain, yTrain), (xTest, yTest)) = Mnist.LoadData(store);

        Assert.Multiple(() =>
        {
            Assert.That(xTrain.Shape, Is.EqualTo(new[] { 60000, 28, 28 }));
            Assert.That(xTest.Shape, Is.EqualTo(new[] { 10000, 28, 28 }));
            Assert.That(Counts(yTrain.Data), Is.EqualTo(new[] { 5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949 }));
            Assert.That(Counts(yTest.Data), Is.EqualTo(new[] { 980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009 }));
            Assert.That(yTrain.Data[..5], Is.EqualTo(new byte[] { 5, 0, 4, 1, 9 }), "first training labels");
            Assert.That(yTrain.Data[..5000].Count(l => l == 1), Is.EqualTo(563), "ones among the first 5,000 training images (nanavati2021's all-ones accuracy, 11.26%)");
            Assert.That(yTest.Data[..1000].Count(l => l == 1), Is.EqualTo(126), "ones among the first 1,000 test images (nanavati2021's 12.6%)");
        });
    }

    private static int[] Counts(byte[] labels) => [.. Enumerable.Range(0, 10).Select(c => labels.Count(l => l == c))];
}
