using KerasNet.Data;

namespace KerasNet.Tests.Data;

public sealed class DataUtilitiesTests
{
    private static readonly NDArray<byte> Labels = new([3, 1, 4, 1, 5, 9, 2, 6, 5, 3], 10);
    private static readonly NDArray<byte> Images = new(Enumerable.Range(0, 40).Select(i => (byte)i).ToArray(), 10, 2, 2);

    [Test]
    public void Normalize_DividesBy255AsFloat32()
    {
        var x = DataUtilities.Normalize(new NDArray<byte>([0, 51, 255], 3));

        Assert.That(x.Data, Is.EqualTo(new[] { 0f, 0.2f, 1f }));
    }

    [Test]
    public void Normalize_WithScaleAndOffset_MapsPixelsToMinusOneToOne()
    {
        var x = DataUtilities.Normalize(new NDArray<byte>([0, 51, 255], 3), scale: 127.5, offset: -1);

        Assert.That(x.Data, Is.EqualTo(new[] { -1f, (float)((51 / 127.5) - 1), 1f }));
    }

    [Test]
    public void ToCategorical_OneHot_AndRejectsTooLargeLabels()
    {
        var y = DataUtilities.ToCategorical(new NDArray<byte>([2, 0], 2, 1), 3);

        Assert.That(y.Shape, Is.EqualTo(new[] { 2, 3 }));
        Assert.That(y.Data, Is.EqualTo(new float[] { 0, 0, 1, 1, 0, 0 }));
        Assert.That(() => DataUtilities.ToCategorical(Labels, 5), Throws.ArgumentException.With.Message.Contain("Label 5 at index 4"));
    }

    [Test]
    public void FilterClasses_KeepsOrder_AndRelabelsByPosition()
    {
        var (x, y) = DataUtilities.FilterClasses(Images, Labels, [3, 1], relabel: true);

        Assert.That(y.Data, Is.EqualTo(new byte[] { 0, 1, 1, 0 }));
        Assert.That(x.Data[..4], Is.EqualTo(new byte[] { 0, 1, 2, 3 }));
        Assert.That(x.Count, Is.EqualTo(4));
    }

    [Test]
    public void StratifiedSubset_TakesEqualCountsPerClass_Deterministically()
    {
        var labels = new NDArray<byte>(Enumerable.Range(0, 30).Select(i => (byte)(i % 3)).ToArray(), 30);
        var images = new NDArray<byte>(Enumerable.Range(0, 30).Select(i => (byte)i).ToArray(), 30, 1);

        var (x1, y1) = DataUtilities.StratifiedSubset(images, labels, 4, seed: 5);
        var (x2, _) = DataUtilities.StratifiedSubset(images, labels, 4, seed: 5);
        var (x3, _) = DataUtilities.StratifiedSubset(images, labels, 4, seed: 6);

        Assert.That(y1.Data.GroupBy(l => l).Select(g => g.Count()), Is.All.EqualTo(4));
        Assert.That(x2.Data, Is.EqualTo(x1.Data));
        Assert.That(x3.Data, Is.Not.EqualTo(x1.Data));
        Assert.That(() => DataUtilities.StratifiedSubset(images, labels, 11, seed: 1), Throws.ArgumentException.With.Message.Contain("10 samples"));
    }

    [Test]
    public void SplitValidation_TakesTheLastFraction_AndTakeFirstTheFirst()
    {
        var ((_, yTrain), (_, yValidation)) = DataUtilities.SplitValidation(Images, Labels, 0.3);
        var (_, first) = DataUtilities.TakeFirst(Images, Labels, 2);

        Assert.That(yTrain.Data, Is.EqualTo(new byte[] { 3, 1, 4, 1, 5, 9, 2 }));
        Assert.That(yValidation.Data, Is.EqualTo(new byte[] { 6, 5, 3 }));
        Assert.That(first.Data, Is.EqualTo(new byte[] { 3, 1 }));
    }

    [Test]
    public void ExpandChannels_AddsATrailingAxis()
    {
        Assert.That(DataUtilities.ExpandChannels(Images).Shape, Is.EqualTo(new[] { 10, 2, 2, 1 }));
    }
}
