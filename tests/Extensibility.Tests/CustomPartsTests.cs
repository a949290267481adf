using KerasNet;
using KerasNet.Activations;
using KerasNet.Layers;
using KerasNet.Models;
using KerasNet.Optimizers;
using TorchSharp;

namespace KerasNet.Extensibility.Tests;

/// <summary>
/// Custom parts written outside KerasNet, through its public extension points only, are first-class: they train in
/// <c>Fit</c>, show in the summary, are saved and loaded, and behave as written.
/// </summary>
[NonParallelizable]
public sealed class CustomPartsTests
{
    private static readonly ActivationFunction Swish = new("my_swish", x => x * torch.sigmoid(x));

    [Test]
    public void CustomLayerLossMetricInitializerRegularizerAndActivation_TrainSaveAndLoad()
    {
        var (x, y) = Data();
        var model = Model();
        model.Compile(new Adam(learningRate: 0.01), new MeanAbsoluteError(), new CloseArgmax());
        string path = Path.Combine(Path.GetTempPath(), $"kerasnet-extension-{Guid.NewGuid():N}.weights");
        try
        {
            var history = model.Fit(x, y, batchSize: 16, epochs: 5, shuffle: true);
            model.SaveWeights(path);
            var loaded = Model();
            loaded.LoadWeights(path);

            var losses = history["loss"];
            Assert.That(losses[^1], Is.LessThan(losses[0]), "the custom loss falls as the model trains");
            Assert.That(history.Epochs, Does.ContainKey("close_argmax"));
            Assert.That(loaded.Predict(x).Data, Is.EqualTo(model.Predict(x).Data), "saved and loaded with the built-in layers");
            Assert.That(model.Summary(), Does.Contain("feature_scale (FeatureScale)").And.Contain("(None, 8)"));
            Assert.That(model.Layers[2].Weights[0].GetValue().Data, Is.Not.All.EqualTo(0.5f), "the custom layer's weight was trained");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void CustomParts_ComputeWhatTheyDefine()
    {
        var layer = new FeatureScale(new Halves(), new TowardsOne(0.1));
        var model = new Sequential(new InputLayer(3), layer);
        using var target = torch.tensor(new float[] { 1, 0, 0, 0, 1, 0 }, [2, 3]);
        using var prediction = torch.tensor(new float[] { 0.6f, 0.25f, 0, 0.9f, 0.2f, 0.1f }, [2, 3]);

        var output = model.Predict(new NDArray<float>([2, 4, 6], 1, 3));
        using var loss = new MeanAbsoluteError().PerSample(target, prediction);
        using var metric = new CloseArgmax().PerSample(target, prediction);
        using var penalty = new TowardsOne(0.1).Penalty(torch.tensor(new float[] { 0.5f, 3 }));

        Assert.That(output.Data, Is.EqualTo(new[] { 1f, 2f, 3f }));
        Assert.That(loss.data<float>().ToArray(), Is.EqualTo(new[] { 0.65f / 3, 0.6f }).Within(1e-6));
        Assert.That(metric.data<float>().ToArray(), Is.EqualTo(new[] { 1f, 0f }));
        Assert.That(penalty.item<float>(), Is.EqualTo(0.1 * (0.25 + 4)).Within(1e-6));
        Assert.That(Swish.Name, Is.EqualTo("my_swish"));
    }

    private static Sequential Model()
    {
        Seeding.SetRandomSeed(7);
        return new Sequential(
            new InputLayer(4),
            new Dense(8, activation: Swish),
            new FeatureScale(new Halves(), new TowardsOne(0.01)),
            new Dense(3, activation: "softmax"));
    }

    private static (NDArray<float> X, NDArray<float> Y) Data()
    {
        var random = new Random(3);
        var x = new NDArray<float>([.. Enumerable.Range(0, 64 * 4).Select(_ => (float)random.NextDouble())], 64, 4);
        var y = new NDArray<float>([.. Enumerable.Range(0, 64).SelectMany(i => Enumerable.Range(0, 3).Select(c => x.Data[i * 4] > 0.5 == (c == 0) ? 1f : 0f))], 64, 3);
        return (x, y);
    }
}
