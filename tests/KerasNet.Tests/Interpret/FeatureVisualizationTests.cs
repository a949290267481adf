using KerasNet.Interpret;

namespace KerasNet.Tests.Interpret;

[NonParallelizable]
public sealed class FeatureVisualizationTests
{
    [Test]
    public void Spectrum_OfASinusoid_PeaksAtItsFrequency()
    {
        const int size = 16;
        const int cycles = 3;
        var plane = new float[size * size];
        for (int row = 0; row < size; row++)
        {
            for (int column = 0; column < size; column++)
            {
                plane[(row * size) + column] = (float)Math.Cos(2 * Math.PI * cycles * column / size);
            }
        }

        var spectrum = FeatureVisualization.Spectrum(new NDArray<float>(plane, size, size));

        var peaks = Enumerable.Range(0, size * size).OrderByDescending(i => spectrum.Data[i]).Take(2).Select(i => (i / size, i % size)).Order().ToList();
        Assert.That(peaks, Is.EqualTo(new[] { (size / 2, (size / 2) - cycles), (size / 2, (size / 2) + cycles) }));
        Assert.That(spectrum.Data[(size / 2 * size) + (size / 2)], Is.LessThan(1e-4f), "no zero-frequency component in a cosine");
    }

    [Test]
    public void Spectrum_ZeroPadded_HasThePaddedSize_AndRefusesASmallerOne()
    {
        var filter = new NDArray<float>([.. Enumerable.Range(0, 9).Select(i => (float)i)], 1, 3, 3);

        Assert.That(FeatureVisualization.Spectrum(filter, size: 32).Shape, Is.EqualTo(new[] { 1, 32, 32 }));
        Assert.That(() => FeatureVisualization.Spectrum(filter, size: 2), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void FeatureMaps_AndFilters_HaveTheLayersShapes()
    {
        var task = PlantedPatchTask.Train();

        var maps = FeatureVisualization.FeatureMaps(task.Model, task.TestX.Slice(0, 2));
        var filters = FeatureVisualization.Filters(task.Model, "conv2d_1");

        Assert.That(maps.Select(m => m.Layer), Is.EqualTo(new[] { "conv2d", "conv2d_1" }));
        Assert.That(maps[1].Maps.Shape, Is.EqualTo(new[] { 2, 12, 12, 8 }));
        Assert.That(filters.Shape, Is.EqualTo(new[] { 3, 3, 8, 8 }));
        Assert.That(FeatureVisualization.ChannelsFirst(maps[1].Maps).Shape, Is.EqualTo(new[] { 2, 8, 12, 12 }));
    }

    [Test]
    public void ActivationMaximization_RaisesItsObjective()
    {
        var task = PlantedPatchTask.Train();
        var start = task.TestX.Slice(0, 4);

        var channel = ActivationMaximization.Run(task.Model, "conv2d_1", ActivationObjective.Channel(3), start, steps: 30, stepSize: 0.02);
        var dream = ActivationMaximization.Run(task.Model, "conv2d_1", ActivationObjective.LayerMean, start, steps: 30, stepSize: 0.02);

        Assert.That(channel.Objective, Has.Count.EqualTo(31));
        Assert.That(channel.Objective[^1], Is.GreaterThan(channel.Objective[0]));
        Assert.That(dream.Objective[^1], Is.GreaterThan(dream.Objective[0]));
        Assert.That(dream.Images.Data, Is.All.InRange(0f, 1f));
    }
}
