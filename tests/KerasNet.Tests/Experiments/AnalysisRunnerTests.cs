using KerasNet.Data;
using KerasNet.Experiments;
using KerasNet.Experiments.Analysis;
using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Kipping2022;
using KerasNet.Experiments.Nanavati2021;
using KerasNet.Experiments.Records;
using KerasNet.Experiments.Running;
using KerasNet.Reporting;

namespace KerasNet.Tests.Experiments;

/// <summary>
/// The analysis runner and every analysis experiment, on Fashion-MNIST with the small nanavati2021 CNN (quick mode:
/// 1024 training samples, one epoch; shared runs need a full run, one epoch at batch 1024); skipped without the data.
/// </summary>
[NonParallelizable]
public sealed class AnalysisRunnerTests : TemporaryDirectoryTest
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G'];

    [SetUp]
    public void RequireData()
    {
        if (new DatasetStore().Check(Datasets.FashionMnist).State != DatasetState.Verified)
        {
            Assert.Ignore("Fashion-MNIST is not installed (Debian package dataset-fashion-mnist).");
        }
    }

    [Test]
    public void Attribution_WritesItsPictureAndNumbers_FromTheRunsOwnWeights()
    {
        var experiment = new AttributionExperiment(Config("test/attribution", new AnalysisSettings { Images = 3, Samples = 64, Layers = ["conv2d"] }));

        var written = Runner(TempDirectory, quick: true).Run(experiment);

        var run = RecordJson.ReadRecord(RecordStore.RecordPath(TempDirectory, experiment.Name, "v", 1));
        var analysis = written.Single();
        Assert.That(analysis.RunConfigHash, Is.EqualTo(run.ConfigHash));
        Assert.That(analysis.Values["test_accuracy"], Is.EqualTo(run.Epochs[^1].Metrics["val_accuracy"]).Within(1e-9), "the loaded weights are the trained ones: same test accuracy");
        foreach (string map in new[] { "saliency", "gradcam_unrectified", "gradcam" })
        {
            Assert.That(analysis.Values[$"{map}_on_object"], Is.InRange(0.0, 1.0), map);
            Assert.That(analysis.Values[$"{map}_empty_share"], Is.InRange(0.0, 1.0), map);
        }

        Assert.That(analysis.Values["saliency_empty_share"], Is.Zero, "a saliency map is scaled to [0, 1] and never all zero");
        AssertPictures(experiment, analysis);

        string report = File.ReadAllText(new ReportWriter(TempDirectory, TempDirectory, seeds: [1, 2, 3, 4]).Write([experiment], _ => true));
        Assert.That(report, Does.Contain("**Analysis:** 1 of 4 runs analysed."));
        Assert.That(report, Does.Contain($"| test_accuracy | {analysis.Values["test_accuracy"].ToString("F4", System.Globalization.CultureInfo.InvariantCulture)} (one seed: no spread) |"));
        Assert.That(report, Does.Contain("![test/attribution v attribution.png](test/attribution/v/seed-1/attribution.png)"));
    }

    [Test]
    public void Adversarial_AttacksLowerAccuracy_AndTheAdamAttackSucceedsSometimes()
    {
        var experiment = new AdversarialExperiment(Config("test/adversarial", new AnalysisSettings { Images = 2, Samples = 64, Epsilons = [0.1], Epsilon = 0.1, Steps = 10, StepSize = 0.01, Scores = ["logit", "output"] }));

        var analysis = Runner(TempDirectory, quick: true).Run(experiment).Single();

        foreach (string score in new[] { "logit", "output" })
        {
            Assert.That(analysis.Values[$"{score}_fgsm_accuracy@0.1"], Is.LessThan(analysis.Values["clean_accuracy"]), score);
            Assert.That(analysis.Values[$"{score}_pgd_accuracy@0.1"], Is.LessThanOrEqualTo(analysis.Values[$"{score}_fgsm_accuracy@0.1"]), score);
            Assert.That(analysis.Values[$"{score}_adam_success_rate@0.1"], Is.GreaterThan(0), score);
        }

        Assert.That(analysis.Values["logit_zero_gradient_share"], Is.LessThanOrEqualTo(analysis.Values["output_zero_gradient_share"]), "clipping can only add zero gradients");
        AssertPictures(experiment, analysis);
    }

    [Test]
    public void DeepDream_RaisesTheLayerMeanActivation()
    {
        var experiment = new DeepDreamExperiment(Config("test/deepdream", new AnalysisSettings { Images = 2, Layers = ["conv2d"], Steps = 10, StepSize = 0.01 }));

        var analysis = Runner(TempDirectory, quick: true).Run(experiment).Single();

        Assert.That(analysis.Values["objective_end@conv2d"], Is.GreaterThan(analysis.Values["objective_start@conv2d"]));
        AssertPictures(experiment, analysis);
    }

    [Test]
    public void FeatureMapsAndSpectra_WriteTheirPictures_AndEnergySharesAreFractions()
    {
        var maps = new FeatureMapsExperiment(Config("test/feature-maps", new AnalysisSettings { Layers = ["conv2d", "max_pooling2d"] }));
        var spectra = new SpectraExperiment(Config("test/spectra", new AnalysisSettings { Images = 10, Layers = ["max_pooling2d", "conv2d"] }));

        var mapsAnalysis = Runner(TempDirectory, quick: true).Run(maps).Single();
        var spectraAnalysis = Runner(TempDirectory, quick: true).Run(spectra).Single();

        Assert.That(mapsAnalysis.Images.Select(i => i.File), Is.EqualTo(new[] { "feature-maps-conv2d.png", "feature-maps-max_pooling2d.png", "filters.png" }));
        Assert.That(spectraAnalysis.Values["low_frequency_energy_share"], Is.InRange(0.0, 1.0));
        Assert.That(spectraAnalysis.Values["axis_energy_share"], Is.InRange(0.0, 1.0));
        Assert.That(spectraAnalysis.Values["axis_share_of_flat_spectrum"], Is.EqualTo(25.0 / 169).Within(1e-12), "the pooled maps are 13×13: 25 of 169 frequencies lie on the centre row and column");
        Assert.That(spectraAnalysis.Values["low_frequency_share_of_flat_spectrum"], Is.EqualTo(37.0 / 169).Within(1e-12), "37 of 169 frequencies lie within 13/4 of the centre");
        Assert.That(spectraAnalysis.Values["axis_excess"], Is.EqualTo(spectraAnalysis.Values["axis_energy_share"] - (25.0 / 169)).Within(1e-12));
        Assert.That(spectraAnalysis.Values["spectrum_correlation_4_7"], Is.InRange(-1.0, 1.0));
        Assert.That(spectraAnalysis.Values["correlation_gap_4_7_over_8_1"], Is.EqualTo(spectraAnalysis.Values["spectrum_correlation_4_7"] - spectraAnalysis.Values["spectrum_correlation_8_1"]).Within(1e-12));
        Assert.That(spectraAnalysis.Values.Keys, Is.SupersetOf(SpectraExperiment.CheckableValues));
        AssertPictures(maps, mapsAnalysis);
        AssertPictures(spectra, spectraAnalysis);
    }

    [Test]
    public void SecondRun_SkipsTheAnalysis_AndNewAnalysisSettingsRedoItWithoutRetraining()
    {
        var experiment = new DeepDreamExperiment(Config("test/deepdream", new AnalysisSettings { Images = 1, Layers = ["conv2d"], Steps = 2, StepSize = 0.01 }));
        Runner(TempDirectory, quick: false, epochs: 1).Run(experiment);
        string recordPath = RecordStore.RecordPath(TempDirectory, experiment.Name, "v", 1);
        var trainedAt = File.GetLastWriteTimeUtc(recordPath);

        var again = Runner(TempDirectory, quick: false, epochs: 1).Run(experiment);
        var changed = new DeepDreamExperiment(experiment.Config with { Analysis = experiment.Analysis with { Steps = 3 } });
        var redone = Runner(TempDirectory, quick: false, epochs: 1).Run(changed);

        Assert.That(again, Is.Empty);
        Assert.That(redone, Has.Count.EqualTo(1));
        Assert.That(File.GetLastWriteTimeUtc(recordPath), Is.EqualTo(trainedAt), "the run was not trained again");
        Assert.That(Directory.GetDirectories(Path.GetDirectoryName(recordPath)!, "*.partial-*"), Is.Empty);
    }

    [Test]
    public void NewerMethodVersion_LeavesTheOlderAnalysisOut_AndRedoesItWithoutRetraining()
    {
        var dream = new DeepDreamExperiment(Config("test/deepdream", new AnalysisSettings { Images = 1, Layers = ["conv2d"], Steps = 2, StepSize = 0.01 }));
        var older = new VersionedExperiment(dream, 1);
        var newer = new VersionedExperiment(dream, 2);
        Runner(TempDirectory, quick: false, epochs: 1).Run(older);
        string recordPath = RecordStore.RecordPath(TempDirectory, dream.Name, "v", 1);
        var trainedAt = File.GetLastWriteTimeUtc(recordPath);
        string experimentDirectory = RecordStore.ExperimentDirectory(TempDirectory, dream.Name);

        int beforeRedoing = AnalysisSummary.FromDirectory(newer, experimentDirectory).Count;
        var redone = Runner(TempDirectory, quick: false, epochs: 1).Run(newer);

        Assert.That(older.AnalysisHash, Is.EqualTo(dream.AnalysisHash), "the same settings, version and constants give the same hash");
        Assert.That(newer.AnalysisHash, Is.Not.EqualTo(older.AnalysisHash));
        Assert.That(beforeRedoing, Is.Zero, "an analysis by the older method is stale");
        Assert.That(redone, Has.Count.EqualTo(1));
        Assert.That(redone[0].AnalysisHash, Is.EqualTo(newer.AnalysisHash));
        Assert.That(AnalysisSummary.FromDirectory(newer, experimentDirectory).Count, Is.EqualTo(1));
        Assert.That(File.GetLastWriteTimeUtc(recordPath), Is.EqualTo(trainedAt), "the run was not trained again");
    }

    [Test]
    public void MissingWeights_AreMadeByTrainingTheRunAgain_WithTheSameNumbers()
    {
        var experiment = new DeepDreamExperiment(Config("test/deepdream", new AnalysisSettings { Images = 1, Layers = ["conv2d"], Steps = 2, StepSize = 0.01 }));
        var first = Runner(TempDirectory, quick: false, epochs: 1).Run(experiment).Single();
        string recordPath = RecordStore.RecordPath(TempDirectory, experiment.Name, "v", 1);
        var record = RecordJson.ReadRecord(recordPath);
        File.Delete(RecordStore.WeightsPath(recordPath));
        Directory.Delete(AnalysisRunner.AnalysisDirectory(TempDirectory, experiment.Name, "v", 1), recursive: true);

        var second = Runner(TempDirectory, quick: false, epochs: 1).Run(experiment).Single();

        var retrained = RecordJson.ReadRecord(recordPath);
        Assert.That(retrained.Epochs.Select(e => e.Metrics), Is.EqualTo(record.Epochs.Select(e => e.Metrics)));
        Assert.That(retrained.WeightsSha256, Is.EqualTo(record.WeightsSha256), "same seed, same machine: the same weights");
        Assert.That(second.Values, Is.EqualTo(first.Values));
    }

    [Test]
    public void SharedRun_IsAnalysedWithItsDonorsWeights()
    {
        var donor = new ImageClassificationExperiment(Config("test/donor", null));
        var analysed = new AttributionExperiment(Config("test/attribution", new AnalysisSettings { Images = 1, Samples = 16, Layers = ["conv2d"] }));
        new ExperimentRunner(Options(TempDirectory, quick: false, epochs: null)).Run(donor);

        var analysis = new AnalysisRunner(Options(TempDirectory, quick: false, epochs: null) with { SharingCandidates = [donor] }).Run(analysed).Single();

        var shared = RecordJson.ReadRecord(RecordStore.RecordPath(TempDirectory, analysed.Name, "v", 1));
        Assert.That(shared.SharedFrom, Is.EqualTo("test/donor/v/seed-1"));
        Assert.That(File.Exists(RecordStore.WeightsPath(RecordStore.RecordPath(TempDirectory, analysed.Name, "v", 1))), Is.False, "no second training");
        Assert.That(analysis.Values["test_accuracy"], Is.EqualTo(shared.Epochs[^1].Metrics["val_accuracy"]).Within(1e-9));
    }

    [Test]
    public void SharedRun_OfADonorTrainedAgain_IsSharedAndAnalysedAgain_WhileAnUnchangedOneIsSkipped()
    {
        var donor = new ImageClassificationExperiment(Config("test/donor", null));
        var analysed = new AttributionExperiment(Config("test/attribution", new AnalysisSettings { Images = 1, Samples = 16, Layers = ["conv2d"] }));
        var options = Options(TempDirectory, quick: false, epochs: null) with { SharingCandidates = [donor] };
        new ExperimentRunner(options).Run(donor);
        new AnalysisRunner(options).Run(analysed);

        var unchanged = new AnalysisRunner(options).Run(analysed);
        var retrainedDonor = new ExperimentRunner(options with { Force = true }).Run(donor).Single();
        var again = new AnalysisRunner(options).Run(analysed);

        var shared = RecordJson.ReadRecord(RecordStore.RecordPath(TempDirectory, analysed.Name, "v", 1));
        Assert.That(unchanged, Is.Empty, "nothing changed: the analysis is current");
        Assert.That(again, Has.Count.EqualTo(1), "the donor was trained again: its shared copy and the analysis are redone");
        Assert.That(shared.StartedUtc, Is.EqualTo(retrainedDonor.StartedUtc));
        Assert.That(shared.SharedFrom, Is.EqualTo("test/donor/v/seed-1"));
        Assert.That(again.Single().IsOf(shared), Is.True);
    }

    [Test]
    public void UnknownLayer_IsAConfigurationErrorBeforeAnyTraining()
    {
        var experiment = new AttributionExperiment(Config("test/attribution", new AnalysisSettings { Layers = ["conv2d_9"] }));

        Assert.That(() => Runner(TempDirectory, quick: true).Run(experiment), Throws.InstanceOf<ConfigurationException>().With.Message.Contains("'conv2d_9'").And.Message.Contains("max_pooling2d"));
        Assert.That(Directory.GetFiles(TempDirectory, "*", SearchOption.AllDirectories), Is.Empty);
    }

    private void AssertPictures(AnalysisExperiment experiment, AnalysisRecord analysis)
    {
        string folder = AnalysisRunner.AnalysisDirectory(TempDirectory, experiment.Name, analysis.Variant, analysis.Seed);
        Assert.That(RecordJson.ReadAnalysis(Path.Combine(folder, AnalysisRecord.FileName)).Values, Is.EqualTo(analysis.Values));
        Assert.That(analysis.Images, Is.Not.Empty);
        foreach (var image in analysis.Images)
        {
            var bytes = File.ReadAllBytes(Path.Combine(folder, image.File));
            Assert.That(bytes.Take(4), Is.EqualTo(PngSignature), image.File);
        }
    }

    private static ExperimentConfig Config(string name, AnalysisSettings? analysis) => new()
    {
        Name = name,
        Kind = analysis is null ? ExperimentKinds.ImageClassification : name.Split('/')[1],
        Section = "test",
        Description = "test",
        Dataset = "fashion-mnist",
        Training = new TrainingSettings
        {
            Model = "nanavati2021-cnn",
            Optimizer = "adam",
            LearningRate = 0.001,
            Loss = new KerasObject("categorical_crossentropy"),
            BatchSize = 1024,
            Epochs = 1,
            Evaluate = ["train"],
        },
        Variants = [new VariantConfig { Name = "v" }],
        Analysis = analysis,
    };

    private static RunOptions Options(string directory, bool quick, int? epochs) => new()
    {
        ResultsDirectory = directory,
        RepositoryRoot = SeedSetTests.RepositoryRoot(),
        Seeds = [1],
        Quick = quick,
        Epochs = epochs,
        Data = new DatasetStore(),
        FingerprintSteps = 5,
    };

    private AnalysisRunner Runner(string directory, bool quick, int? epochs = null) => new(Options(directory, quick, epochs));

    /// <summary>Another experiment's analysis under a method version of the test's choosing.</summary>
    [Test]
    public void AnalysisHash_CoversTheDefaultsAndConstantsWrittenInCode()
    {
        var explicitSettings = new DeepDreamExperiment(Config("test/deepdream", new AnalysisSettings { Images = 4, Layers = ["conv2d"], Steps = 100, StepSize = 0.01 }));
        var fromDefaults = new DeepDreamExperiment(Config("test/deepdream", new AnalysisSettings { Layers = ["conv2d"] }));
        var otherConstant = new ConstantsExperiment(explicitSettings, new Dictionary<string, double> { ["first_image"] = 14 });

        Assert.That(fromDefaults.Analysis.Steps, Is.EqualTo(100));
        Assert.That(fromDefaults.AnalysisHash, Is.EqualTo(explicitSettings.AnalysisHash), "a default the config leaves out is hashed as its value");
        Assert.That(otherConstant.AnalysisHash, Is.Not.EqualTo(explicitSettings.AnalysisHash), "another constant in code is another analysis");
    }

    private sealed class ConstantsExperiment(AnalysisExperiment analysis, IReadOnlyDictionary<string, double> constants) : AnalysisExperiment(analysis.Config)
    {
        public override int MethodVersion => analysis.MethodVersion;

        public override IReadOnlyDictionary<string, double> MethodConstants => constants;

        public override AnalysisOutput Analyze(KerasNet.Models.Sequential model, PreparedData data, string outputDirectory) => analysis.Analyze(model, data, outputDirectory);
    }

    private sealed class VersionedExperiment(AnalysisExperiment analysis, int version) : AnalysisExperiment(analysis.Config)
    {
        public override int MethodVersion => version;

        public override IReadOnlyDictionary<string, double> MethodConstants => analysis.MethodConstants;

        public override AnalysisOutput Analyze(KerasNet.Models.Sequential model, PreparedData data, string outputDirectory) => analysis.Analyze(model, data, outputDirectory);
    }
}
