using KerasNet.Data;
using KerasNet.Experiments;
using KerasNet.Experiments.Configuration;

namespace KerasNet.Tests.Experiments;

/// <summary>The committed subset files: each loads, and on the real MNIST selects the images its description says.</summary>
public sealed class SubsetFileTests
{
    public static IEnumerable<string> SubsetFiles() =>
        Directory.GetDirectories(Path.Combine(SeedSetTests.RepositoryRoot(), "configs"))
            .SelectMany(report => Directory.Exists(Path.Combine(report, "subsets")) ? Directory.GetFiles(Path.Combine(report, "subsets"), "*.json") : [])
            .Select(path => Path.GetRelativePath(SeedSetTests.RepositoryRoot(), path));

    [TestCaseSource(nameof(SubsetFiles))]
    public void SubsetFile_LoadsWithADescription(string relativePath)
    {
        var subset = ConfigLoader.LoadSubset(Path.Combine(SeedSetTests.RepositoryRoot(), relativePath));

        Assert.That(subset.Description, Is.Not.Empty);
        Assert.That(subset.Train?.Indices ?? subset.Test?.Indices, Is.Not.Null);
    }

    [Test]
    public void Highsmith2019Part2_IsSixteenOnesThenSixteenThrees_AndFortyNineOfEachForTest()
    {
        var selected = Select("part2");

        Assert.That(selected.YTrain.Data, Is.EqualTo(Enumerable.Repeat((byte)0, 16).Concat(Enumerable.Repeat((byte)1, 16))), "class positions: 0 is the digit 1, 1 the digit 3");
        Assert.That(selected.YTest.Data, Is.EqualTo(Enumerable.Repeat((byte)0, 49).Concat(Enumerable.Repeat((byte)1, 49))));
    }

    [Test]
    public void Highsmith2019Part3_IsAHundredOfEachDigitInOrder_ForTrainingAndTest()
    {
        var selected = Select("part3");
        var expected = Enumerable.Range(0, 10).SelectMany(digit => Enumerable.Repeat((byte)digit, 100));

        Assert.That(selected.YTrain.Data, Is.EqualTo(expected));
        Assert.That(selected.YTest.Data, Is.EqualTo(expected));
    }

    private static ImageDataset Select(string name)
    {
        var store = new DatasetStore();
        if (store.Check(Datasets.Mnist).State != DatasetState.Verified)
        {
            Assert.Ignore("MNIST is not present (reproduce data fetch mnist).");
        }

        var subset = ConfigLoader.LoadSubset(Path.Combine(SeedSetTests.RepositoryRoot(), "configs", "highsmith2019", "subsets", name + ".json"));
        return DataSelector.Select(Mnist.LoadData(store), subset, seed: 1, $"highsmith2019/subsets/{name}");
    }
}
