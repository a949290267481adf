using KerasNet.Data;
using KerasNet.Experiments;
using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Records;
using KerasNet.Experiments.Running;

namespace KerasNet.Tests.Experiments;

/// <summary>
/// Fine-tuning phases and shared runs, on the full Fashion-MNIST with the small demo net (an epoch takes about a
/// second); skipped without the data.
/// </summary>
[NonParallelizable]
public sealed class ExperimentRunnerPhasesTests : TemporaryDirectoryTest
{
    [SetUp]
    public void RequireData()
    {
        if (new DatasetStore().Check(Datasets.FashionMnist).State != DatasetState.Verified)
        {
            Assert.Ignore("Fashion-MNIST is not installed (Debian package dataset-fashion-mnist).");
        }
    }

    [Test]
    public void SharedRun_IsTheFirstEpochsOfTheIdenticalLongerRun_AndEqualsTrainingItAgain()
    {
        var longer = Experiment("demo/longer", new TrainingSettings { Epochs = 2 });
        var shorter = Experiment("demo/shorter", new TrainingSettings { Epochs = 1 });
        string shared = Path.Combine(TempDirectory, "shared");
        string trained = Path.Combine(TempDirectory, "trained");

        var donor = Runner(shared).Run(longer).Single();
        var made = Runner(shared, longer).Run(shorter).Single();
        var retrained = Runner(trained).Run(shorter).Single();

        Assert.That(made.SharedFrom, Is.EqualTo("demo/longer/v/seed-1"));
        Assert.That(made.WallTimeSeconds, Is.Zero);
        Assert.That(made.Experiment, Is.EqualTo("demo/shorter"));
        Assert.That(made.Epochs.Select(e => e.Epoch), Is.EqualTo(new[] { 1.0 }));
        Assert.That(made.Epochs[0].Metrics, Is.EqualTo(donor.Epochs[0].Metrics));
        Assert.That(retrained.SharedFrom, Is.Null);
        Assert.That(retrained.Epochs[0].Metrics, Is.EqualTo(made.Epochs[0].Metrics), "training the shorter run gives exactly the shared numbers");
        Assert.That(retrained.Fingerprint.Losses, Is.EqualTo(made.Fingerprint.Losses));
        Assert.That(RecordJson.ReadRecord(RecordStore.RecordPath(shared, "demo/shorter", "v", 1)).SharedFrom, Is.EqualTo("demo/longer/v/seed-1"));
    }

    [Test]
    public void SharedRun_IsNotMadeFromARunWithOtherSettings()
    {
        var other = Experiment("demo/other", new TrainingSettings { Epochs = 2, LearningRate = 0.002 });
        var shorter = Experiment("demo/shorter", new TrainingSettings { Epochs = 1 });

        Runner(TempDirectory).Run(other);
        var made = Runner(TempDirectory, other).Run(shorter).Single();

        Assert.That(made.SharedFrom, Is.Null);
        Assert.That(made.WallTimeSeconds, Is.GreaterThan(0));
    }

    [Test]
    public void FineTune_ContinuesTheSameRunWithTheFirstLayersFrozen()
    {
        var fineTuned = Experiment("demo/fine-tuned", new TrainingSettings { Epochs = 1, FineTune = new FineTuneSettings { Epochs = 1, TrainableLayers = 1 } });
        var unfrozen = Experiment("demo/unfrozen", new TrainingSettings { Epochs = 2 });

        var record = Runner(TempDirectory).Run(fineTuned).Single();
        var plain = Runner(TempDirectory).Run(unfrozen).Single();

        Assert.That(record.Epochs.Select(e => e.Epoch), Is.EqualTo(new[] { 1.0, 2.0 }));
        Assert.That(record.Evaluations.Select(e => e.Epoch), Is.EqualTo(new[] { 1.0, 2.0 }));
        Assert.That(record.Epochs[0].Metrics, Is.EqualTo(plain.Epochs[0].Metrics), "the first phase is the plain run's first epoch");
        Assert.That(record.Epochs[1].Metrics["accuracy"], Is.Not.EqualTo(plain.Epochs[1].Metrics["accuracy"]), "the second epoch trains fewer layers");
    }

    [Test]
    public void FineTune_WithMoreTrainableLayersThanTheModelHas_NamesTheSetting()
    {
        var experiment = Experiment("demo/too-many", new TrainingSettings { Epochs = 1, FineTune = new FineTuneSettings { Epochs = 1, TrainableLayers = 50 } });

        Assert.That(() => Runner(TempDirectory).Run(experiment), Throws.InstanceOf<ConfigurationException>().With.Message.Contains("fineTune.trainableLayers 50"));
    }

    private static ImageClassificationExperiment Experiment(string name, TrainingSettings overrides) => new(new ExperimentConfig
    {
        Name = name,
        Kind = ExperimentKinds.ImageClassification,
        Section = "test",
        Description = "test",
        Dataset = "fashion-mnist",
        Training = new TrainingSettings
        {
            Model = "demo-fashion-dense",
            Optimizer = "adam",
            LearningRate = 0.001,
            Loss = new KerasObject("categorical_crossentropy"),
            BatchSize = 1024,
        }.With(overrides),
        Variants = [new VariantConfig { Name = "v" }],
    });

    private static ExperimentRunner Runner(string directory, params Experiment[] candidates) => new(new RunOptions
    {
        ResultsDirectory = directory,
        RepositoryRoot = SeedSetTests.RepositoryRoot(),
        Seeds = [1],
        Data = new DatasetStore(),
        FingerprintSteps = 5,
        SharingCandidates = candidates,
    });
}
