using KerasNet.Callbacks;
using KerasNet.Layers;
using KerasNet.Models;

namespace KerasNet.Tests.Models;

/// <summary><c>Fit</c>'s steps per epoch, evaluation after given steps and further evaluation sets (report aven2019's schedule).</summary>
public sealed class FitScheduleTests
{
    [Test]
    public void StepsPerEpoch_VisitsOnlyTheFirstBatchesOfTheOrder()
    {
        var (x, y) = Data(12);
        var whole = Train(x, y, model => model.Fit(x, y, batchSize: 1, epochs: 1, shuffle: false));
        var first8 = Train(x.Slice(0, 8), y.Slice(0, 8), model => model.Fit(x.Slice(0, 8), y.Slice(0, 8), batchSize: 1, epochs: 1, shuffle: false));
        var stepped = Train(x, y, model => model.Fit(x, y, batchSize: 1, epochs: 1, shuffle: false, stepsPerEpoch: 8));

        Assert.That(Flat(stepped), Is.EqualTo(Flat(first8)), "8 steps of batch 1 without shuffling train on samples 0..7 only");
        Assert.That(Flat(stepped), Is.Not.EqualTo(Flat(whole)), "the 4 samples left over are not visited");
    }

    [Test]
    public void StepsPerEpoch_BeyondTheData_IsRefused()
    {
        var (x, y) = Data(12);
        var model = Compiled();

        Assert.That(() => model.Fit(x, y, batchSize: 4, stepsPerEpoch: 4), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("stepsPerEpoch <= 3"));
        Assert.That(() => model.Fit(x, y, batchSize: 4, stepsPerEpoch: 0), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void EpochSamples_VisitsThoseSamplesInThatOrder()
    {
        var (x, y) = Data(12);
        int[] order = [7, 0, 11, 3];
        var picked = new NDArray<float>([.. order.SelectMany(i => x.Slice(i, 1).Data)], 4, x.Shape[1]);
        var pickedY = new NDArray<float>([.. order.SelectMany(i => y.Slice(i, 1).Data)], 4, y.Shape[1]);
        var reference = Train(picked, pickedY, model => model.Fit(picked, pickedY, batchSize: 1, epochs: 2, shuffle: false));
        var sampled = Train(x, y, model => model.Fit(x, y, batchSize: 1, epochs: 2, shuffle: false, epochSamples: order));

        Assert.That(Flat(sampled), Is.EqualTo(Flat(reference)), "the same steps as training on exactly those samples in that order");
    }

    [Test]
    public void EpochSamples_Shuffled_NeverVisitTheOthers()
    {
        var (x, y) = Data(12);
        var poisoned = new NDArray<float>([.. x.Data], [.. x.Shape]);
        poisoned.Data.AsSpan(11 * x.Shape[1], x.Shape[1]).Fill(float.NaN);
        var model = Compiled();

        var history = model.Fit(poisoned, y, batchSize: 2, epochs: 3, shuffle: true, epochSamples: [.. Enumerable.Range(0, 11)]);

        Assert.That(history["loss"], Is.All.Matches<double>(double.IsFinite), "sample 11 (NaN) is left out of every epoch's shuffled order");
        Assert.That(() => model.Fit(poisoned, y, batchSize: 2, epochs: 1), Throws.Nothing, "without epochSamples it is visited (the loss turns NaN)");
        Assert.That(model.GetWeights().SelectMany(w => w.Data).Any(float.IsNaN), Is.True);
    }

    [TestCase(new[] { 0, 12 }, "[0, 12)")]
    [TestCase(new[] { -1 }, "[0, 12)")]
    [TestCase(new int[0], "at least one")]
    public void EpochSamples_OutsideTheTrainingSet_AreRefused(int[] samples, string message)
    {
        var (x, y) = Data(12);

        Assert.That(() => Compiled().Fit(x, y, epochSamples: samples), Throws.InstanceOf<ArgumentException>().With.Message.Contains(message));
    }

    [Test]
    public void EvaluationSteps_EvaluateAfterThoseSteps_WithEvaluationSetsLoggedByName()
    {
        var (x, y) = Data(12);
        var (test, testY) = Data(6, seed: 9);
        var model = Compiled();

        var history = model.Fit(
            x,
            y,
            batchSize: 1,
            epochs: 2,
            validationData: (x, y),
            stepsPerEpoch: 10,
            evaluationSteps: [1, 4, 10],
            evaluationData: new Dictionary<string, (NDArray<float> X, NDArray<float> Y)> { ["train"] = (x, y), ["test"] = (test, testY) });

        Assert.That(history.Evaluations["epoch"], Is.EqualTo(new[] { 0.1, 0.4, 1.0, 1.1, 1.4, 2.0 }).Within(1e-12));
        Assert.That(history.Evaluations["train_accuracy"], Has.Count.EqualTo(6));
        Assert.That(history["test_loss"], Has.Count.EqualTo(2), "the epoch logs carry the sets' metrics too");
        Assert.That(history["test_loss"][1], Is.EqualTo(model.Evaluate(test, testY, batchSize: 256)["loss"]).Within(1e-6));
        Assert.That(history["train_accuracy"][1], Is.EqualTo(history["val_accuracy"][1]), "train and validation are the same data here");
    }

    [TestCase(null, 8)]
    [TestCase(3, 3)]
    [TestCase(300, 300)]
    public void ValidationBatchSize_IsTheTrainingBatchSize_UnlessGiven_AsInKeras(int? validationBatchSize, int evaluatedIn)
    {
        var (x, y) = Data(40);
        var (test, testY) = Data(300, seed: 9);
        var model = Compiled();

        var history = model.Fit(x, y, batchSize: 8, epochs: 1, validationData: (test, testY), validationBatchSize: validationBatchSize);

        Assert.That(history["val_loss"][0], Is.EqualTo(model.Evaluate(test, testY, batchSize: evaluatedIn)["loss"]), "the same forward passes, so the same float sums");
        Assert.That(() => model.Fit(x, y, validationData: (test, testY), validationBatchSize: 0), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("validationBatchSize"));
    }

    [TestCase(new[] { 4, 2, 10 })]
    [TestCase(new[] { 1, 4 })]
    [TestCase(new[] { 0, 10 })]
    public void EvaluationSteps_NotAscendingToTheEpochsLastStep_AreRefused(int[] steps)
    {
        var (x, y) = Data(12);
        var model = Compiled();

        Assert.That(() => model.Fit(x, y, batchSize: 1, stepsPerEpoch: 10, evaluationSteps: steps), Throws.ArgumentException.With.Message.Contains("ending at the epoch's last step 10"));
    }

    [Test]
    public void EvaluationData_WithSamplesOfTheWrongShape_IsRefused()
    {
        var (x, y) = Data(12);
        var model = Compiled();
        var bad = new Dictionary<string, (NDArray<float> X, NDArray<float> Y)> { ["test"] = (new NDArray<float>(new float[6], 2, 3), y.Slice(0, 2)) };

        Assert.That(() => model.Fit(x, y, evaluationData: bad), Throws.ArgumentException.With.Message.Contains("evaluationData[test].X"));
    }

    private static float[] Flat(Sequential model) => [.. model.GetWeights().SelectMany(w => w.Data)];

    private static Sequential Train(NDArray<float> x, NDArray<float> y, Func<Sequential, History> fit)
    {
        var model = Compiled();
        fit(model);
        return model;
    }

    private static Sequential Compiled()
    {
        Seeding.SetRandomSeed(11);
        var model = new Sequential(new InputLayer(2), new Dense(3, activation: "sigmoid"), new Dense(2, activation: "softmax"));
        model.Compile("sgd", "categorical_crossentropy", "accuracy");
        return model;
    }

    private static (NDArray<float> X, NDArray<float> Y) Data(int count, int seed = 5)
    {
        var random = new KerasNet.Backend.DataRandom((ulong)seed);
        var x = new float[count * 2];
        var y = new float[count * 2];
        for (int i = 0; i < count; i++)
        {
            x[2 * i] = (random.NextInt(1000) / 500f) - 1;
            x[(2 * i) + 1] = (random.NextInt(1000) / 500f) - 1;
            y[(2 * i) + (x[2 * i] > x[(2 * i) + 1] ? 0 : 1)] = 1;
        }

        return (new NDArray<float>(x, count, 2), new NDArray<float>(y, count, 2));
    }
}
