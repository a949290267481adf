using KerasNet.Layers;
using KerasNet.Losses;
using KerasNet.Models;
using KerasNet.Optimizers;

namespace KerasNet.Tests.Layers;

/// <summary>
/// The one check every layer goes through (after Keras's <c>run_layer_test</c>): output shape inferred and
/// actually produced, weight and parameter counts, one training step that moves every trainable weight and
/// gives a finite loss, and a save/load round trip with identical predictions.
/// </summary>
internal static class LayerTestHelper
{
    public static void RunLayerTest(
        Func<Layer> createLayer,
        Shape inputShape,
        Shape expectedOutputShape,
        int expectedWeights,
        long expectedParameters,
        long expectedTrainableParameters = -1)
    {
        Seeding.SetRandomSeed(7);
        var layer = createLayer();
        var model = new Sequential(new InputLayer([.. inputShape.Dimensions]), layer);
        var x = RandomArray(16, inputShape, seed: 1);

        var output = model.Predict(x);

        Assert.Multiple(() =>
        {
            Assert.That(layer.OutputShape, Is.EqualTo(expectedOutputShape), "inferred output shape");
            Assert.That(output.Shape, Is.EqualTo(new[] { 16 }.Concat(expectedOutputShape.Dimensions)), "computed output shape");
            Assert.That(layer.Weights, Has.Count.EqualTo(expectedWeights), "weights");
            Assert.That(layer.ParameterCount, Is.EqualTo(expectedParameters), "parameters");
            Assert.That(model.TrainableParameterCount, Is.EqualTo(expectedTrainableParameters < 0 ? expectedParameters : expectedTrainableParameters), "trainable parameters");
            Assert.That(output.Data.All(float.IsFinite), Is.True, "finite outputs");
        });

        var before = model.GetWeights();
        model.Compile(new SGD(learningRate: 0.1), new MeanSquaredError());
        var history = model.Fit(x, RandomArray(16, expectedOutputShape, seed: 2), batchSize: 8, epochs: 1, shuffle: false);
        var after = model.GetWeights();
        Assert.That(double.IsFinite(history["loss"][0]), Is.True, "finite training loss");
        for (int i = 0; i < layer.Weights.Count; i++)
        {
            bool changed = !before[i].Data.SequenceEqual(after[i].Data);
            bool expectedToChange = layer.Weights[i].IsTrainable || layer is BatchNormalization;
            Assert.That(changed, Is.EqualTo(expectedToChange), $"weight {layer.Weights[i].Path} changed by a training step");
        }

        string file = Path.Combine(Path.GetTempPath(), $"kerasnet-layer-{Guid.NewGuid():N}.weights");
        try
        {
            model.SaveWeights(file);
            Seeding.SetRandomSeed(8);
            var copy = new Sequential(new InputLayer([.. inputShape.Dimensions]), createLayer());
            copy.LoadWeights(file);
            Assert.That(copy.Predict(x).Data, Is.EqualTo(model.Predict(x).Data), "predictions after save/load");
        }
        finally
        {
            File.Delete(file);
        }
    }

    public static NDArray<float> RandomArray(int count, Shape shape, int seed)
    {
        var random = new KerasNet.Backend.DataRandom((ulong)seed);
        var data = new float[count * shape.ElementCount];
        for (int i = 0; i < data.Length; i++)
        {
            data[i] = (float)((random.NextUInt64() >> 11) * (1.0 / (1UL << 53))) - 0.5f;
        }

        return new NDArray<float>(data, [count, .. shape.Dimensions]);
    }
}
