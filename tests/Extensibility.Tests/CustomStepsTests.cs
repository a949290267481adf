using KerasNet.Layers;
using KerasNet.Models;

namespace KerasNet.Extensibility.Tests;

/// <summary>
/// Keras's <c>train_step</c> / <c>test_step</c>: a subclass of <see cref="Sequential"/> changes what one batch does,
/// written against the public API only, while <c>Fit</c> and <c>Evaluate</c> keep driving batches, metrics and callbacks.
/// </summary>
[NonParallelizable]
public sealed class CustomStepsTests
{
    [Test]
    public void BuiltInStep_WrittenOutThroughThePublicApi_TrainsBitIdentically()
    {
        var (x, y) = Data();
        var counter = new BatchCounter();
        var plain = Compiled(() => new Sequential(Layers()));
        var expected = plain.Fit(x, y, batchSize: 16, epochs: 3, validationData: (x, y));
        var written = Compiled(() => new HandWrittenStep(Layers()));
        var actual = written.Fit(x, y, batchSize: 16, epochs: 3, validationData: (x, y), callbacks: [counter]);

        Assert.That(actual.Epochs, Is.EqualTo(expected.Epochs));
        Assert.That(Flat(written), Is.EqualTo(Flat(plain)));
        Assert.That(counter.Begun, Is.EqualTo(3 * 4), "OnBatchBegin before each of 4 batches in 3 epochs");
    }

    [Test]
    public void CustomTrainStep_ChangesTraining_AndFitLogsWhatItReturns()
    {
        var (x, y) = Data();
        var plain = Compiled(() => new Sequential(Layers()));
        var plainHistory = plain.Fit(x, y, batchSize: 16, epochs: 2, shuffle: false);
        var clipped = Compiled(() => new ClippedGradients(1e-4, Layers()));
        var before = Flat(clipped);
        var clippedHistory = clipped.Fit(x, y, batchSize: 16, epochs: 2, shuffle: false);

        Assert.That(clippedHistory["loss"][0], Is.EqualTo(plainHistory["loss"][0]).Within(0.05), "same start");
        Assert.That(Flat(clipped).Zip(before).Max(p => Math.Abs(p.First - p.Second)), Is.LessThanOrEqualTo(9e-6), "8 steps of SGD lr 0.01 with every |g| ≤ 1e-4 move a weight at most 8e-6 (plus float32 rounding: 8 × 6e-8 near 0.5)");
        Assert.That(Flat(clipped), Is.Not.EqualTo(Flat(plain)));
    }

    [Test]
    public void CustomTestStep_IsWhatEvaluateAndValidationReport()
    {
        var (x, y) = Data();
        var plain = Compiled(() => new Sequential(Layers()));
        plain.Fit(x, y, batchSize: 16, epochs: 1, validationData: (x, y));
        var doubled = Compiled(() => new DoubledTestLoss(Layers()));
        var history = doubled.Fit(x, y, batchSize: 16, epochs: 1, validationData: (x, y));

        Assert.That(doubled.Evaluate(x, y)["loss"], Is.EqualTo(2 * plain.Evaluate(x, y)["loss"]).Within(1e-6));
        Assert.That(history["val_loss"][0], Is.EqualTo(doubled.Evaluate(x, y, batchSize: 16)["loss"]).Within(1e-12));
        Assert.That(Lockstep.Supports(doubled), Is.False, "a subclass trains its own way, never in lockstep");
    }

    private static Layer[] Layers() => [new InputLayer(4), new Dense(8, activation: "tanh"), new Dense(3, activation: "softmax")];

    /// <summary>A model compiled right after seeding, so the <c>Fit</c> that follows draws the same data order for every model.</summary>
    private static Sequential Compiled(Func<Sequential> create)
    {
        Seeding.SetRandomSeed(5);
        var model = create();
        model.Compile(new KerasNet.Optimizers.SGD(learningRate: 0.01), new KerasNet.Losses.CategoricalCrossentropy(), new KerasNet.Metrics.Accuracy());
        return model;
    }

    private static float[] Flat(Sequential model) => [.. model.GetWeights().SelectMany(w => w.Data)];

    private static (NDArray<float> X, NDArray<float> Y) Data()
    {
        var random = new Random(3);
        var x = new NDArray<float>([.. Enumerable.Range(0, 64 * 4).Select(_ => (float)random.NextDouble())], 64, 4);
        var y = new NDArray<float>([.. Enumerable.Range(0, 64).SelectMany(i => Enumerable.Range(0, 3).Select(c => x.Data[i * 4] > 0.5 == (c == 0) ? 1f : 0f))], 64, 3);
        return (x, y);
    }
}
