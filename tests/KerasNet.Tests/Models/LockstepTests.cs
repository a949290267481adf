using KerasNet.Architectures;
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
    public void EachCopy_StartsBitIdentical_AndStepsAsItsSingleRun(string optimizer, int batchSize) =>
        AssertCopiesStepAsSingleRuns(seed => Build(seed, optimizer), batchSize);

    /// <summary>The reference dense models of the lockstep benchmark at the batch sizes their reports train with.</summary>
    [TestCase("aven2019-ffnn", 1)]
    [TestCase("aven2019-ffnn", 32)]
    [TestCase("nanavati2021-numpy-net", 64)]
    public void ReferenceModel_EachCopyStepsAsItsSingleRun(string modelName, int batchSize)
    {
        Sequential Reference(int seed)
        {
            Seeding.SetRandomSeed(seed);
            var model = ModelCatalog.Get(modelName).Create();
            model.Compile(new KerasNet.Optimizers.SGD(0.01), "categorical_crossentropy", "accuracy");
            return model;
        }

        var (x, y) = Data(Math.Max(96, batchSize * 10), [.. ModelCatalog.Get(modelName).InputShape.Dimensions], 10);
        Assert.That(FusedDenseStep.Supports(Reference(1), batchSize), Is.EqualTo(batchSize <= FusedDenseStep.BatchLimit), "the fused step up to its limit, the framework step beyond");
        AssertCopiesStepAsSingleRuns(Reference, batchSize, x, y);
    }

    /// <summary>Models the fused per-example step computes itself, each against its single runs.</summary>
    [TestCase("relu", "softmax", false, true, 1)]
    [TestCase("sigmoid", "softmax", false, true, 3)]
    [TestCase("tanh", "linear", true, true, 1)]
    [TestCase("lecun_tanh", "linear", true, false, 2)]
    [TestCase("linear", "sigmoid", false, true, 4)]
    public void FusedStep_StepsAsTheSingleRun(string hidden, string output, bool fromLogits, bool useBias, int batchSize)
    {
        Sequential Deep(int seed)
        {
            Seeding.SetRandomSeed(seed);
            var model = new Sequential(new InputLayer(4, 4), new Flatten(), new Dense(8, activation: hidden, useBias: useBias), new Dense(6, activation: hidden), new Dense(3, activation: output, useBias: useBias));
            model.Layers[^2].LearningRateMultiplier = 0.5;
            model.Compile("sgd", new KerasNet.Losses.CategoricalCrossentropy(fromLogits), "accuracy");
            return model;
        }

        Assert.That(FusedDenseStep.Supports(Deep(1), batchSize), Is.True, "the fused step applies");
        AssertCopiesStepAsSingleRuns(Deep, batchSize);
    }

    [Test]
    public void FusedStep_GivesTheSameBits_OnOneThreadAndOnTwo()
    {
        var (x, y) = Data(96);
        float[][] Train(int threads)
        {
            int before = Engine.Threads;
            Engine.SetThreads(threads);
            try
            {
                var built = Seeds.Select(seed => Build(seed, "sgd")).ToList();
                Lockstep.Fit([.. built.Select((m, i) => new LockstepCopy(m, Seeds[i]))], x, y, batchSize: 2, epochs: 1);
                return [.. built.Select(m => m.Weights.SelectMany(w => w.GetValue().Data).ToArray())];
            }
            finally
            {
                Engine.SetThreads(before);
            }
        }

        Assert.That(Train(2), Is.EqualTo(Train(1)), "each copy's step is its own whichever thread takes it");
    }

    [Test]
    public void FusedStep_AppliesToSmallBatchesOfPlainSgdOnly()
    {
        var momentum = Build(1, "sgd");
        momentum.Compile(new KerasNet.Optimizers.SGD(momentum: 0.9), "categorical_crossentropy", "accuracy");
        var squared = Build(1, "sgd");
        squared.Compile("sgd", "mse", "accuracy");
        var elu = new Sequential(new InputLayer(4, 4), new Flatten(), new Dense(3, activation: "elu"));
        elu.Compile("sgd", "categorical_crossentropy");

        Assert.That(FusedDenseStep.Supports(Build(1, "sgd"), FusedDenseStep.BatchLimit), Is.True);
        Assert.That(FusedDenseStep.Supports(Build(1, "sgd"), FusedDenseStep.BatchLimit + 1), Is.False, "batch above the limit");
        Assert.That(FusedDenseStep.Supports(Build(1, "adam"), 1), Is.False, "adam");
        Assert.That(FusedDenseStep.Supports(momentum, 1), Is.False, "momentum");
        Assert.That(FusedDenseStep.Supports(squared, 1), Is.False, "mean squared error");
        Assert.That(FusedDenseStep.Supports(elu, 1), Is.False, "elu");
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

    private static void AssertCopiesStepAsSingleRuns(Func<int, Sequential> build, int batchSize)
    {
        var (x, y) = Data(96);
        AssertCopiesStepAsSingleRuns(build, batchSize, x, y);
    }

    private static void AssertCopiesStepAsSingleRuns(Func<int, Sequential> build, int batchSize, NDArray<float> x, NDArray<float> y)
    {
        var single = Seeds.Select(seed => TrainAlone(build(seed), batchSize, x, y)).ToList();

        var built = Seeds.Select(build).ToList();
        var initial = built.Select(m => m.Weights.Select(w => w.GetValue().Data).ToList()).ToList();
        var steps = built.Select(_ => new StepLosses()).ToList();
        var histories = Lockstep.Fit([.. built.Select((m, i) => new LockstepCopy(m, Seeds[i], [steps[i]]))], x, y, batchSize: batchSize, epochs: 2, validationData: (x, y));

        for (int i = 0; i < Seeds.Length; i++)
        {
            Assert.That(initial[i], Is.EqualTo(single[i].Initial), $"seed {Seeds[i]}: initial weights");
            Assert.That(steps[i].Losses.Take(20), Is.EqualTo(single[i].Steps.Take(20)).Within(1e-4).Percent, $"seed {Seeds[i]}: step losses");
            Assert.That(histories[i]["accuracy"], Is.EqualTo(single[i].History["accuracy"]).Within(1e-9), $"seed {Seeds[i]}: training accuracy");
            Assert.That(histories[i]["val_accuracy"], Is.EqualTo(single[i].History["val_accuracy"]).Within(1e-9), $"seed {Seeds[i]}: validation");
            Assert.That(built[i].Weights.SelectMany(w => w.GetValue().Data), Is.EqualTo(single[i].Final).Within(1e-4), $"seed {Seeds[i]}: trained weights are back in the model");
        }

        Assert.That(single[0].Steps.Take(20), Is.Not.EqualTo(single[1].Steps.Take(20)), "the copies differ, so equality is not trivial");
    }

    private static (List<float[]> Initial, List<double> Steps, History History, float[] Final) TrainAlone(Sequential model, int batchSize, NDArray<float> x, NDArray<float> y)
    {
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

    private static (NDArray<float> X, NDArray<float> Y) Data(int count) => Data(count, [4, 4], 3);

    /// <summary>Pixels in [0, 1) of one sample shape and one-hot targets, the classes in turn.</summary>
    private static (NDArray<float> X, NDArray<float> Y) Data(int count, int[] shape, int classes)
    {
        var random = new DataRandom(7);
        int size = shape.Aggregate(1, (p, d) => p * d);
        var x = Enumerable.Range(0, count * size).Select(_ => random.NextInt(1000) / 1000f).ToArray();
        var y = new float[count * classes];
        for (int i = 0; i < count; i++)
        {
            y[(i * classes) + (i % classes)] = 1;
        }

        return (new NDArray<float>(x, [count, .. shape]), new NDArray<float>(y, count, classes));
    }

    /// <summary>The running loss after each step, as the fingerprint records it.</summary>
    private sealed class StepLosses : Callback
    {
        public List<double> Losses { get; } = [];

        public override void OnBatchEnd(BatchProgress batch) => Losses.Add(batch.RunningLogs()["loss"]);
    }
}
