using KerasNet.Backend;
using KerasNet.Callbacks;
using KerasNet.Layers;
using KerasNet.Models;

namespace KerasNet.Tests.Models;

[NonParallelizable]
public sealed class LockstepTests
{
    private static readonly int[] Seeds = [1, 2, 3];

    [TestCase("sgd", 1)]
    [TestCase("sgd", 16)]
    [TestCase("adam", 7)]
    public void EachCopy_StartsBitIdentical_AndStepsAsItsSingleRun(string optimizer, int batchSize)
    {
        var (x, y) = Data(96);
        var single = Seeds.Select(seed => TrainAlone(seed, optimizer, batchSize, x, y)).ToList();

        var built = Seeds.Select(seed => Build(seed, optimizer)).ToList();
        var initial = built.Select(m => m.Weights.Select(w => w.GetValue().Data).ToList()).ToList();
        var steps = built.Select(_ => new StepLosses()).ToList();
        var histories = Lockstep.Fit([.. built.Select((m, i) => new LockstepCopy(m, Seeds[i], [steps[i]]))], x, y, batchSize: batchSize, epochs: 2, validationData: (x, y));

        for (int i = 0; i < Seeds.Length; i++)
        {
            Assert.That(initial[i], Is.EqualTo(single[i].Initial), $"seed {Seeds[i]}: initial weights");
            Assert.That(steps[i].Losses.Take(20), Is.EqualTo(single[i].Steps.Take(20)).Within(1e-4).Percent, $"seed {Seeds[i]}: step losses");
            Assert.That(histories[i]["val_accuracy"], Is.EqualTo(single[i].History["val_accuracy"]).Within(1e-9), $"seed {Seeds[i]}: validation");
            Assert.That(built[i].Weights.SelectMany(w => w.GetValue().Data), Is.EqualTo(single[i].Final).Within(1e-4), $"seed {Seeds[i]}: trained weights are back in the model");
        }

        Assert.That(single[0].Steps.Take(20), Is.Not.EqualTo(single[1].Steps.Take(20)), "the copies differ, so equality is not trivial");
    }

    [Test]
    public void ValidationFreq_ValidatesOnlyEveryNthEpoch()
    {
        var (x, y) = Data(32);
        var copies = Seeds.Select(seed => new LockstepCopy(Build(seed, "sgd"), seed)).ToList();

        var histories = Lockstep.Fit(copies, x, y, batchSize: 8, epochs: 4, validationData: (x, y), validationFreq: 2);

        Assert.That(histories[0]["loss"], Has.Count.EqualTo(4));
        Assert.That(histories[0]["val_loss"], Has.Count.EqualTo(2));
        Assert.That(histories[0].Evaluations["epoch"], Is.EqualTo(new[] { 2.0, 4.0 }));
    }

    [Test]
    public void ModelsItCannotStack_OrThatDiffer_AreRefused()
    {
        var (x, y) = Data(8);
        Seeding.SetRandomSeed(1);
        var convolutional = new Sequential(new InputLayer(4, 4, 1), new Conv2D(2, kernelSize: 3), new Flatten(), new Dense(3, activation: "softmax"));
        convolutional.Compile("sgd", "categorical_crossentropy");
        var wider = new Sequential(new InputLayer(4, 4), new Flatten(), new Dense(12, activation: "relu"), new Dense(3, activation: "softmax"));
        wider.Compile("sgd", "categorical_crossentropy");

        Assert.That(Lockstep.Supports(convolutional), Is.False);
        Assert.That(Lockstep.Supports(Build(1, "sgd")), Is.True);
        Assert.That(() => Lockstep.Fit([new LockstepCopy(convolutional, 1)], x.Reshape(8, 4, 4, 1), y), Throws.ArgumentException.With.Message.Contains("dense models only"));
        Assert.That(() => Lockstep.Fit([new LockstepCopy(Build(1, "sgd"), 1), new LockstepCopy(wider, 2)], x, y), Throws.ArgumentException.With.Message.Contains("must share architecture"));
    }

    private static (List<float[]> Initial, List<double> Steps, History History, float[] Final) TrainAlone(int seed, string optimizer, int batchSize, NDArray<float> x, NDArray<float> y)
    {
        var model = Build(seed, optimizer);
        var initial = model.Weights.Select(w => w.GetValue().Data).ToList();
        var steps = new StepLosses();
        var history = model.Fit(x, y, batchSize: batchSize, epochs: 2, validationData: (x, y), callbacks: [steps]);
        return (initial, steps.Losses, history, [.. model.Weights.SelectMany(w => w.GetValue().Data)]);
    }

    private static Sequential Build(int seed, string optimizer)
    {
        Seeding.SetRandomSeed(seed);
        var model = new Sequential(new InputLayer(4, 4), new Flatten(), new Dense(8, activation: "relu"), new Dense(3, activation: "softmax"));
        model.Compile(optimizer, "categorical_crossentropy", "accuracy");
        return model;
    }

    private static (NDArray<float> X, NDArray<float> Y) Data(int count)
    {
        var random = new DataRandom(7);
        var x = Enumerable.Range(0, count * 16).Select(_ => random.NextInt(1000) / 1000f).ToArray();
        var y = new float[count * 3];
        for (int i = 0; i < count; i++)
        {
            y[(i * 3) + (i % 3)] = 1;
        }

        return (new NDArray<float>(x, count, 4, 4), new NDArray<float>(y, count, 3));
    }

    /// <summary>The running loss after each step, as the fingerprint records it.</summary>
    private sealed class StepLosses : Callback
    {
        public List<double> Losses { get; } = [];

        public override void OnBatchEnd(BatchProgress batch) => Losses.Add(batch.RunningLogs()["loss"]);
    }
}
