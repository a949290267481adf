using KerasNet.Architectures;
using KerasNet.Callbacks;
using KerasNet.Layers;
using KerasNet.Losses;
using KerasNet.Models;
using KerasNet.Optimizers;
using KerasNet.Regularizers;
using KerasNet.Tests.Layers;

namespace KerasNet.Tests.Models;

[NonParallelizable]
public sealed class SequentialTests
{
    [Test]
    public void Summary_OfNanavati2021Cnn_MatchesTheReportsKerasTable()
    {
        var lines = Nanavati2021Cnn.Create().Summary().Split('\n');

        Assert.That(lines, Is.SupersetOf(new[]
        {
            "conv2d (Conv2D)              (None, 26, 26, 28)        280",
            "max_pooling2d (MaxPooling2D) (None, 13, 13, 28)        0",
            "dropout (Dropout)            (None, 13, 13, 28)        0",
            "flatten (Flatten)            (None, 4732)              0",
            "dense (Dense)                (None, 128)               605,824",
            "dropout_1 (Dropout)          (None, 128)               0",
            "dense_1 (Dense)              (None, 10)                1,290",
            "Total params: 607,394",
            "Trainable params: 607,394",
            "Non-trainable params: 0",
        }));
    }

    [Test]
    public void Summary_CountsFrozenAndMovingStatisticsAsNonTrainable()
    {
        var frozen = new Dense(2) { Trainable = false };
        var model = new Sequential(new InputLayer(3), new BatchNormalization(), frozen);

        Assert.That(model.Summary(), Does.Contain("Total params: 20").And.Contain("Trainable params: 6").And.Contain("Non-trainable params: 14"));
    }

    [Test]
    public void Fit_BeforeCompile_ThrowsSayingToCompile()
    {
        var model = new Sequential(new InputLayer(2), new Dense(1));

        Assert.That(() => model.Fit(Data(4, 2), Data(4, 1)), Throws.InvalidOperationException.With.Message.Contain("before Compile"));
    }

    [Test]
    public void Fit_WrongInputShape_ThrowsNamingBothShapes()
    {
        var model = Nanavati2021Cnn.Create();
        model.Compile("adam", "categorical_crossentropy", "accuracy");

        Assert.That(
            () => model.Fit(Data(4, 28, 28), Data(4, 10)),
            Throws.ArgumentException.With.Message.Contain("(28, 28)").And.Message.Contain("(28, 28, 1)"));
    }

    [Test]
    public void Fit_TargetsOfTheWrongShape_ThrowsSuggestingOneHot()
    {
        var model = new Sequential(new InputLayer(2), new Dense(3, activation: "softmax"));
        model.Compile("sgd", "categorical_crossentropy");

        Assert.That(() => model.Fit(Data(4, 2), Data(4, 1)), Throws.ArgumentException.With.Message.Contain("one-hot"));
    }

    [Test]
    public void Fit_SparseLabelOutOfRange_Throws()
    {
        var model = new Sequential(new InputLayer(2), new Dense(3, activation: "softmax"));
        model.Compile("sgd", "sparse_categorical_crossentropy");

        Assert.That(() => model.Fit(Data(2, 2), new NDArray<float>([0, 3], 2)), Throws.ArgumentException.With.Message.Contain("[0, 3)"));
    }

    [Test]
    public void Fit_WithValidationSplit_UsesTheLastFraction()
    {
        Seeding.SetRandomSeed(1);
        var model = new Sequential(new InputLayer(3), new Dense(2, activation: "softmax"));
        model.Compile(new SGD(learningRate: 0.0), "categorical_crossentropy", "accuracy");
        var x = Data(8, 3);
        var y = OneHot([0, 1, 0, 1, 1, 1, 0, 0], 2);

        var history = model.Fit(x, y, batchSize: 2, validationSplit: 0.25);

        var last = model.Evaluate(x.Slice(6, 2), y.Slice(6, 2));
        var first = model.Evaluate(x.Slice(0, 2), y.Slice(0, 2));
        Assert.That(history["val_loss"][0], Is.EqualTo(last["loss"]).Within(1e-6));
        Assert.That(history["val_loss"][0], Is.Not.EqualTo(first["loss"]).Within(1e-6));
    }

    [Test]
    public void Fit_SameSeed_GivesBitIdenticalHistory_AndAnotherSeedDoesNot()
    {
        var first = TrainSmallConvNet(seed: 5);
        var again = TrainSmallConvNet(seed: 5);
        var other = TrainSmallConvNet(seed: 6);

        Assert.That(again.Epochs, Is.EqualTo(first.Epochs));
        Assert.That(again.Evaluations, Is.EqualTo(first.Evaluations));
        Assert.That(other.Epochs["loss"], Is.Not.EqualTo(first.Epochs["loss"]));
    }

    [Test]
    public void Fit_LearnsASeparableProblem()
    {
        Seeding.SetRandomSeed(2);
        var (x, y) = Blobs(200);
        var model = new Sequential(new InputLayer(2), new Dense(8, activation: "relu"), new Dense(2, activation: "softmax"));
        model.Compile(new Adam(learningRate: 0.05), "categorical_crossentropy", "accuracy");

        var history = model.Fit(x, y, batchSize: 20, epochs: 10);

        Assert.That(history["accuracy"][^1], Is.GreaterThan(0.95));
        Assert.That(history["loss"][^1], Is.LessThan(history["loss"][0]));
    }

    [Test]
    public void Fit_EpochLogs_AreSampleWeightedMeansOverTheBatches()
    {
        Seeding.SetRandomSeed(3);
        var model = new Sequential(new InputLayer(2), new Dense(2, activation: "softmax"));
        model.Compile(new SGD(learningRate: 0.0), "categorical_crossentropy", "accuracy");
        var (x, y) = Blobs(10);

        var history = model.Fit(x, y, batchSize: 4, shuffle: false);

        var full = model.Evaluate(x, y, batchSize: 10);
        Assert.That(history["loss"][0], Is.EqualTo(full["loss"]).Within(1e-6));
        Assert.That(history["accuracy"][0], Is.EqualTo(full["accuracy"]).Within(1e-12));
    }

    [Test]
    public void Fit_EvaluationsPerEpoch_RecordsFractionalEpochs()
    {
        Seeding.SetRandomSeed(4);
        var (x, y) = Blobs(40);
        var model = new Sequential(new InputLayer(2), new Dense(2, activation: "softmax"));
        model.Compile("sgd", "categorical_crossentropy", "accuracy");

        var history = model.Fit(x, y, batchSize: 4, epochs: 2, validationData: (x, y), evaluationsPerEpoch: 5);

        Assert.That(history.Evaluations["epoch"], Is.EqualTo(new[] { 0.2, 0.4, 0.6, 0.8, 1.0, 1.2, 1.4, 1.6, 1.8, 2.0 }).Within(1e-12));
        Assert.That(history.Evaluations["val_accuracy"], Has.Count.EqualTo(10));
        Assert.That(history.Evaluations["val_loss"][4], Is.EqualTo(history["val_loss"][0]));
    }

    [Test]
    public void Fit_ValidationFreq_ValidatesEveryNthEpochOnly_AndTrainsAsWithout()
    {
        var (x, y) = Blobs(40);
        History Train(int frequency)
        {
            Seeding.SetRandomSeed(4);
            var model = new Sequential(new InputLayer(2), new Dense(2, activation: "softmax"));
            model.Compile("sgd", "categorical_crossentropy", "accuracy");
            return model.Fit(x, y, batchSize: 8, epochs: 6, validationData: (x, y), validationFreq: frequency);
        }

        var every = Train(1);
        var third = Train(3);

        Assert.That(third["loss"], Is.EqualTo(every["loss"]), "validation changes nothing in training");
        Assert.That(third["val_loss"], Is.EqualTo(new[] { every["val_loss"][2], every["val_loss"][5] }));
        Assert.That(third.Evaluations["epoch"], Is.EqualTo(new[] { 3.0, 6.0 }));
        Assert.That(third.Evaluations["loss"], Is.EqualTo(new[] { every["loss"][2], every["loss"][5] }));
    }

    [Test]
    public void Fit_ValidationFreq_AboveOne_WithSeveralEvaluationsPerEpoch_IsRefused()
    {
        var (x, y) = Blobs(8);
        var model = new Sequential(new InputLayer(2), new Dense(2, activation: "softmax"));
        model.Compile("sgd", "categorical_crossentropy");

        Assert.That(() => model.Fit(x, y, validationFreq: 2, evaluationsPerEpoch: 2), Throws.ArgumentException.With.Message.Contains("validationFreq above 1 needs one evaluation per epoch"));
        Assert.That(() => model.Fit(x, y, validationFreq: 0), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Fit_FrozenLayer_KeepsItsWeights()
    {
        Seeding.SetRandomSeed(5);
        var hidden = new Dense(4, activation: "relu");
        var model = new Sequential(new InputLayer(2), hidden, new Dense(2, activation: "softmax"));
        var (x, y) = Blobs(20);
        var before = hidden.Weights[0].GetValue().Data;
        var outputBefore = model.Layers[1].Weights[0].GetValue().Data;
        hidden.Trainable = false;
        model.Compile("adam", "categorical_crossentropy");

        model.Fit(x, y, batchSize: 5, epochs: 2);

        Assert.That(hidden.Weights[0].GetValue().Data, Is.EqualTo(before));
        Assert.That(model.Layers[1].Weights[0].GetValue().Data, Is.Not.EqualTo(outputBefore));
    }

    [Test]
    public void Fit_L2Regularizer_IsIncludedInTheReportedLoss()
    {
        Seeding.SetRandomSeed(6);
        var layer = new Dense(2, activation: "softmax", kernelRegularizer: new L2(0.5));
        var model = new Sequential(new InputLayer(2), layer);
        model.Compile(new SGD(learningRate: 0.0), "categorical_crossentropy");
        var (x, y) = Blobs(10);
        double penalty = 0.5 * layer.Weights[0].GetValue().Data.Sum(w => (double)w * w);
        var plain = new Sequential(new InputLayer(2), new Dense(2, activation: "softmax"));
        plain.SetWeights(model.GetWeights());
        plain.Compile(new SGD(learningRate: 0.0), "categorical_crossentropy");

        var history = model.Fit(x, y, batchSize: 10);

        Assert.That(history["loss"][0], Is.EqualTo(plain.Evaluate(x, y)["loss"] + penalty).Within(1e-5));
    }

    [Test]
    public void EarlyStopping_StopsAfterPatienceAndRestoresBestWeights()
    {
        Seeding.SetRandomSeed(7);
        var model = new Sequential(new InputLayer(2), new Dense(2, activation: "softmax"));
        model.Compile(new SGD(learningRate: 0.0), "categorical_crossentropy");
        var (x, y) = Blobs(10);
        var stopper = new EarlyStopping(monitor: "loss", patience: 2, restoreBestWeights: true);

        var history = model.Fit(x, y, epochs: 10, callbacks: [stopper]);

        Assert.That(history.EpochCount, Is.EqualTo(3));
        Assert.That(stopper.StoppedEpoch, Is.EqualTo(2));
    }

    [Test]
    public void CsvLogger_WritesOneRowPerEpoch()
    {
        Seeding.SetRandomSeed(8);
        string file = Path.GetTempFileName();
        try
        {
            var model = new Sequential(new InputLayer(2), new Dense(2, activation: "softmax"));
            model.Compile("sgd", "categorical_crossentropy", "accuracy");
            var (x, y) = Blobs(10);

            model.Fit(x, y, epochs: 3, callbacks: [new CsvLogger(file)]);

            var lines = File.ReadAllLines(file);
            Assert.That(lines[0], Is.EqualTo("epoch,accuracy,learning_rate,loss"));
            Assert.That(lines, Has.Length.EqualTo(4));
            Assert.That(lines[3], Does.StartWith("2,"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void LoadWeights_FromAnotherArchitecture_ThrowsNamingTheFileAndWeight()
    {
        string file = Path.GetTempFileName();
        try
        {
            new Sequential(new InputLayer(2), new Dense(3)).SaveWeights(file);
            var other = new Sequential(new InputLayer(2), new Dense(4));

            Assert.That(() => other.LoadWeights(file), Throws.TypeOf<InvalidDataException>().With.Message.Contain(file).And.Message.Contain("dense/kernel"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void LoadWeights_TruncatedFile_ThrowsNamingTheFile()
    {
        string file = Path.GetTempFileName();
        try
        {
            var model = new Sequential(new InputLayer(2), new Dense(3));
            model.SaveWeights(file);
            File.WriteAllBytes(file, File.ReadAllBytes(file)[..^8]);

            Assert.That(() => model.LoadWeights(file), Throws.TypeOf<InvalidDataException>().With.Message.Contain(file).And.Message.Contain("truncated"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void Add_InputLayerAfterOtherLayers_Throws()
    {
        var model = new Sequential(new Dense(2, inputShape: new Shape(3)));

        Assert.That(() => model.Add(new InputLayer(3)), Throws.ArgumentException.With.Message.Contain("must come first"));
    }

    private static History TrainSmallConvNet(int seed)
    {
        Seeding.SetRandomSeed(seed);
        var model = new Sequential(
            new InputLayer(6, 6, 1),
            new Conv2D(3, kernelSize: 3, activation: "relu"),
            new MaxPooling2D(),
            new Flatten(),
            new Dropout(0.3),
            new Dense(2, activation: "softmax"));
        model.Compile("adam", "categorical_crossentropy", "accuracy");
        var x = LayerTestHelper.RandomArray(40, new Shape(6, 6, 1), seed: 9);
        var y = OneHot(Enumerable.Range(0, 40).Select(i => i % 2).ToArray(), 2);
        return model.Fit(x, y, batchSize: 8, epochs: 3, validationSplit: 0.2, evaluationsPerEpoch: 2);
    }

    private static NDArray<float> Data(params int[] shape) => LayerTestHelper.RandomArray(shape[0], new Shape(shape[1..]), seed: 3);

    private static NDArray<float> OneHot(int[] labels, int classes)
    {
        var data = new float[labels.Length * classes];
        for (int i = 0; i < labels.Length; i++)
        {
            data[(i * classes) + labels[i]] = 1;
        }

        return new NDArray<float>(data, labels.Length, classes);
    }

    private static (NDArray<float> X, NDArray<float> Y) Blobs(int count)
    {
        var random = new KerasNet.Backend.DataRandom(42);
        var x = new float[count * 2];
        var labels = new int[count];
        for (int i = 0; i < count; i++)
        {
            labels[i] = i % 2;
            float centre = labels[i] == 0 ? -1f : 1f;
            x[2 * i] = centre + ((random.NextInt(1000) / 1000f) - 0.5f);
            x[(2 * i) + 1] = -centre + ((random.NextInt(1000) / 1000f) - 0.5f);
        }

        return (new NDArray<float>(x, count, 2), OneHot(labels, 2));
    }

    [Test]
    public void Evaluate_RegularizerOfAFrozenLayer_IsNotAddedToTheLoss()
    {
        var layer = new Dense(1, useBias: false, kernelInitializer: "ones", kernelRegularizer: new KerasNet.Regularizers.L2(1.0));
        var model = new Sequential(new InputLayer(2), layer);
        model.Compile(new KerasNet.Optimizers.SGD(learningRate: 0.1), "mean_squared_error");
        var x = new NDArray<float>([0, 0], 1, 2);
        var y = new NDArray<float>([0], 1, 1);

        double trainable = model.Evaluate(x, y)["loss"];
        layer.Trainable = false;
        double frozen = model.Evaluate(x, y)["loss"];

        Assert.That(trainable, Is.EqualTo(2.0).Within(1e-6), "L2 1.0 on a kernel of two ones");
        Assert.That(frozen, Is.Zero);
    }

    [Test]
    public void History_IsReadOnlyToCallers()
    {
        var model = new Sequential(new InputLayer(2), new Dense(1));
        model.Compile(new KerasNet.Optimizers.SGD(learningRate: 0.1), "mean_squared_error");

        var history = model.Fit(new NDArray<float>([0, 1, 1, 0], 2, 2), new NDArray<float>([1, 0], 2, 1), batchSize: 2, epochs: 2);

        Assert.That(history["loss"], Has.Count.EqualTo(2));
        Assert.That(() => ((ICollection<double>)history.Epochs["loss"]).Add(0), Throws.TypeOf<NotSupportedException>());
    }
}
