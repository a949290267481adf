using KerasNet.Data;
using KerasNet.Experiments;
using KerasNet.Experiments.Configuration;

namespace KerasNet.Tests.Experiments;

public sealed class DataSelectorTests
{
    /// <summary>20 training and 10 test images of 2×2 whose every pixel is the sample's position (test images from 100 on).</summary>
    private static readonly ImageDataset Data = new(Images(0, 20), Labels(20), Images(100, 10), Labels(10));

    [Test]
    public void Select_NoSection_IsTheWholeDataset()
    {
        Assert.That(DataSelector.Select(Data, null, seed: 1, "x"), Is.SameAs(Data));
    }

    [Test]
    public void Select_First_TakesTheFirstTrainingAndTestSamples()
    {
        var selected = DataSelector.Select(Data, new DataSelection { Train = new() { First = 5 }, Test = new() { First = 3 } }, seed: 1, "x");

        Assert.That(Positions(selected.XTrain), Is.EqualTo(new[] { 0, 1, 2, 3, 4 }));
        Assert.That(Positions(selected.XTest), Is.EqualTo(new[] { 100, 101, 102 }));
    }

    [Test]
    public void Select_IndicesThenFirst_TakesTheFirstOfTheListedSamples()
    {
        var selected = DataSelector.Select(Data, new DataSelection { Train = new() { Indices = [9, 2, 5, 7], First = 3 } }, seed: 1, "x");

        Assert.That(Positions(selected.XTrain), Is.EqualTo(new[] { 9, 2, 5 }));
    }

    [Test]
    public void Select_IndicesFromTheTrainingSetForBothRoles_WithClassesRelabelled_KeepsTheListedOrder()
    {
        var selection = new DataSelection
        {
            Train = new() { Indices = [11, 1, 13] },
            Test = new() { From = "train", Indices = [3, 13, 4] },
            Classes = [1, 3],
        };

        var selected = DataSelector.Select(Data, selection, seed: 1, "x");

        Assert.That(Positions(selected.XTrain), Is.EqualTo(new[] { 11, 1, 13 }));
        Assert.That(selected.YTrain.Data, Is.EqualTo(new byte[] { 0, 0, 1 }), "labels 1, 1, 3 become positions in [1, 3]");
        Assert.That(Positions(selected.XTest), Is.EqualTo(new[] { 3, 13 }), "sample 4 (label 4) is not of the classes");
        Assert.That(selected.YTest.Data, Is.EqualTo(new byte[] { 1, 1 }));
    }

    [Test]
    public void Select_HeldOutValidation_DrawsADisjointSplitPerSeed_TheSameForTheSameSeed()
    {
        var selection = new DataSelection { HeldOutValidation = 0.25 };

        var first = DataSelector.Select(Data, selection, seed: 7, "x");
        var again = DataSelector.Select(Data, selection, seed: 7, "x");
        var other = DataSelector.Select(Data, selection, seed: 8, "x");

        Assert.That(first.XTrain.Count, Is.EqualTo(15));
        Assert.That(first.XTest.Count, Is.EqualTo(5));
        Assert.That(Positions(first.XTrain).Concat(Positions(first.XTest)), Is.EquivalentTo(Enumerable.Range(0, 20)));
        Assert.That(first.YTest.Data, Is.EqualTo(Positions(first.XTest).Select(p => (byte)(p % 10))), "labels travel with their images");
        Assert.That(Positions(again.XTest), Is.EqualTo(Positions(first.XTest)));
        Assert.That(Positions(other.XTest), Is.Not.EqualTo(Positions(first.XTest)));
        Assert.That(DataSelector.DependsOnSeed(selection), Is.True);
    }

    [TestCase("indices", "data.train.indices names sample 20, but the train set has 20")]
    [TestCase("first", "data.train.first is 21, but only 20 samples are selected from the train set")]
    public void Select_BeyondTheSet_NamesTheConfigAndKey(string kind, string expected)
    {
        var train = kind == "indices" ? new SampleSelection { Indices = [0, 20] } : new SampleSelection { First = 21 };

        Assert.That(() => DataSelector.Select(Data, new DataSelection { Train = train }, seed: 1, "report/experiment"), Throws.TypeOf<ConfigurationException>().With.Message.EqualTo($"report/experiment: {expected}."));
    }

    private static NDArray<byte> Images(int start, int count) =>
        new([.. Enumerable.Range(start, count).SelectMany(i => Enumerable.Repeat((byte)i, 4))], count, 2, 2);

    private static NDArray<byte> Labels(int count) => new([.. Enumerable.Range(0, count).Select(i => (byte)(i % 10))], count);

    private static int[] Positions(NDArray<byte> images) => [.. Enumerable.Range(0, images.Count).Select(i => (int)images.Data[i * 4])];
}
