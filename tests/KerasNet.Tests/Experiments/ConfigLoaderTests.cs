using KerasNet.Data;
using KerasNet.Experiments;
using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Records;

namespace KerasNet.Tests.Experiments;

public sealed class ConfigLoaderTests : TemporaryDirectoryTest
{
    private const string Valid = """
        {
          "name": "demo/test",
          "kind": "image-classification",
          "section": "s",
          "description": "d",
          "dataset": "fashion-mnist",
          "training": { "model": "demo-fashion-dense", "optimizer": "adam", "learningRate": 0.001, "loss": "categorical_crossentropy", "batchSize": 32, "epochs": 3 },
          "variants": [ { "name": "a" }, { "name": "b", "training": { "batchSize": 64 } } ],
          "references": [ { "variant": "a", "metric": "val_accuracy", "epoch": 3, "value": 0.8, "source": "x", "check": "reproduces", "tolerance": 0.01, "reason": "r" } ]
        }
        """;

    [Test]
    public void Load_ValidConfig_ResolvesVariantOverrides()
    {
        var config = ConfigLoader.Load(Write(Valid));

        Assert.That(config.Resolve(config.Variant("b")).BatchSize, Is.EqualTo(64));
        Assert.That(config.Resolve(config.Variant("b")).Epochs, Is.EqualTo(3));
        Assert.That(ConfigLoader.Hash(config, config.Variant("a")), Is.Not.EqualTo(ConfigLoader.Hash(config, config.Variant("b"))));
    }

    [TestCase("\"epochs\": 3", "\"epochs\": 3, \"epoch\": 4", "unknown key")]
    [TestCase("\"section\": \"s\",", "", "missing value")]
    [TestCase("\"batchSize\": 32", "\"batchSize\": 0", "batchSize 0 must be a positive integer")]
    [TestCase("\"learningRate\": 0.001", "\"learningRate\": -1", "learningRate -1")]
    [TestCase("demo-fashion-dense", "lenet-9000", "model 'lenet-9000' is missing or unknown")]
    [TestCase("\"optimizer\": \"adam\"", "\"optimizer\": \"adamw\"", "optimizer 'adamw'")]
    [TestCase("\"dataset\": \"fashion-mnist\"", "\"dataset\": \"imagenet\"", "unknown dataset 'imagenet'")]
    [TestCase("\"epoch\": 3, \"value\"", "\"epoch\": 7, \"value\"", "epoch 7 is outside 1..3")]
    [TestCase("\"check\": \"reproduces\"", "\"check\": \"maybe\"", "invalid JSON")]
    [TestCase("{ \"name\": \"b\", \"training\"", "{ \"name\": \"a\", \"training\"", "listed twice")]
    [TestCase("\"batchSize\": 64", "\"batchSize\": 64, \"kernelInitializer\": \"zeroes\"", "kernelInitializer 'zeroes': Unknown initializer: 'zeroes'")]
    [TestCase("\"batchSize\": 64", "\"batchSize\": 64, \"kernelInitializer\": \"zeros\"", "model 'demo-fashion-dense' does not take kernelInitializer; it takes no options")]
    [TestCase("\"batchSize\": 64", "\"batchSize\": 64, \"activation\": \"swish2\"", "activation 'swish2' is unknown")]
    [TestCase("\"batchSize\": 64", "\"batchSize\": 64, \"hiddenUnits\": [64]", "model 'demo-fashion-dense' does not take hiddenUnits; it takes no options")]
    [TestCase("\"batchSize\": 64", "\"batchSize\": 64, \"hiddenUnits\": []", "hiddenUnits [] must list at least one positive layer width")]
    [TestCase("\"batchSize\": 64", "\"batchSize\": 64, \"kernelInitializer\": { \"class_name\": \"RandomNormal\", \"config\": { \"std\": 1 } }", "kernelInitializer 'RandomNormal(std=1)': RandomNormal takes only mean, stddev; received std.")]
    [TestCase("\"batchSize\": 64", "\"batchSize\": 64, \"kernelInitializer\": { \"class_name\": \"RandomNormal\", \"config\": { \"stddev\": \"big\" } }", "config 'stddev' must be a finite number; received big")]
    [TestCase("\"batchSize\": 64", "\"batchSize\": 64, \"kernelInitializer\": { \"name\": \"RandomNormal\" }", "unexpected 'name'")]
    [TestCase("\"loss\": \"categorical_crossentropy\"", "\"loss\": { \"class_name\": \"CategoricalCrossentropy\", \"config\": { \"from_logits\": 1 } }", "CategoricalCrossentropy config 'from_logits' must be true or false")]
    [TestCase("\"loss\": \"categorical_crossentropy\"", "\"loss\": \"hinge\"", "loss 'hinge': Unknown loss: 'hinge'")]
    [TestCase("\"epochs\": 3 }", "\"epochs\": 3, \"validationFreq\": 2 }", "validationFreq 2 must be positive and divide epochs 3")]
    [TestCase("\"epochs\": 3 }", "\"epochs\": 4, \"validationFreq\": 2 }", "reference val_accuracy: epoch 3 is not recorded; variant 'a' validates every 2 epochs")]
    [TestCase("\"batchSize\": 64", "\"batchSize\": 64, \"learningRateSchedule\": { \"class_name\": \"ExponentialDecay\", \"config\": { \"decay_steps\": 10, \"decay_rate\": 0.9 } }", "learningRateSchedule is supported with sgd only; optimizer 'adam'")]
    [TestCase("\"batchSize\": 64", "\"batchSize\": 64, \"learningRateSchedule\": { \"class_name\": \"CosineDecay\" }", "Unknown learning-rate schedule: 'CosineDecay'")]
    [TestCase("\"batchSize\": 64", "\"batchSize\": 64, \"stepsPerEpoch\": 0", "stepsPerEpoch 0 must be positive")]
    [TestCase("\"section\": \"s\",", "\"section\": \"s\", \"seeds\": [5, 5],", "seeds [5, 5] must list distinct non-negative seeds")]
    [TestCase("\"section\": \"s\",", "\"section\": \"s\", \"collapseRate\": { \"metric\": \"val_accuracy\", \"epoch\": 3, \"threshold\": 0.15, \"forms\": [\"clipped\"], \"pattern\": [{ \"setting\": \"batch=64\", \"collapsed\": true, \"source\": \"t\" }] },", "there is no variant 'clipped,batch=64'")]
    [TestCase("\"section\": \"s\",", "\"section\": \"s\", \"reportEpochs\": 3,", "reportEpochs 3 declares a shorter protocol, but variant 'a' trains 3 epochs")]
    [TestCase("\"demo-fashion-dense\"", "\"groth2019-lenet\", \"pooling\": [\"max\", \"l2\"]", "pooling 'l2' is not one of max, average, none")]
    [TestCase("\"demo-fashion-dense\"", "\"groth2019-lenet\", \"padding\": \"full\"", "padding 'full' is not one of valid, same")]
    [TestCase("\"demo-fashion-dense\"", "\"groth2019-lenet\", \"outputActivation\": \"logits\"", "outputActivation 'logits' is unknown")]
    [TestCase("\"demo-fashion-dense\"", "\"groth2019-lenet\", \"strides\": 0", "kernelSize, strides and every convolutionFilters entry must be positive")]
    [TestCase("\"demo-fashion-dense\"", "\"groth2019-lenet\", \"convolutionFilters\": [20, 0]", "kernelSize, strides and every convolutionFilters entry must be positive")]
    [TestCase("\"batchSize\": 64", "\"batchSize\": 64, \"kernelSize\": 3", "model 'demo-fashion-dense' does not take kernelSize")]
    [TestCase("\"batchSize\": 64", "\"batchSize\": 64, \"evaluationSteps\": [1, 2]", "evaluationSteps must ascend from 1 to stepsPerEpoch (which it needs)")]
    [TestCase("\"batchSize\": 64", "\"batchSize\": 64, \"stepsPerEpoch\": 5, \"evaluationSteps\": [3, 2, 5]", "evaluationSteps must ascend")]
    [TestCase("\"batchSize\": 64", "\"batchSize\": 64, \"stepsPerEpoch\": 5, \"evaluationSteps\": [2, 4]", "evaluationSteps must ascend from 1 to stepsPerEpoch")]
    [TestCase("\"batchSize\": 64", "\"batchSize\": 64, \"evaluate\": [\"validation\"]", "evaluate [validation] must list train and/or test, each once")]
    [TestCase("\"batchSize\": 64", "\"batchSize\": 64, \"kernelInitializer\": { \"class_name\": \"VarianceScaling\", \"config\": { \"mode\": \"fan_sideways\" } }", "VarianceScaling config 'mode' must be one of fan_in, fan_out, fan_avg; received fan_sideways")]
    [TestCase("\"batchSize\": 64", "\"batchSize\": 64, \"learningRateMultipliers\": { \"conv2d\": 0.1 }", "learningRateMultipliers names layer 'conv2d', which model 'demo-fashion-dense' does not have; its layers: flatten, dense, dense_1")]
    [TestCase("\"batchSize\": 64", "\"batchSize\": 64, \"learningRateMultipliers\": { \"dense\": -1 }", "learningRateMultipliers['dense'] -1 must be finite and non-negative")]
    [TestCase("\"batchSize\": 64", "\"batchSize\": 64, \"frozenLayers\": [\"dense_2\"]", "frozenLayers names layer 'dense_2'")]
    [TestCase("\"batchSize\": 64", "\"batchSize\": 64, \"epochSamples\": [0, -1]", "epochSamples must list at least one sample index, none negative")]
    [TestCase("\"batchSize\": 64", "\"batchSize\": 64, \"filters\": 3", "model 'demo-fashion-dense' does not take filters")]
    [TestCase("\"batchSize\": 64", "\"batchSize\": 64, \"negativeSlope\": 0.1", "negativeSlope 0.1 needs activation 'leaky_relu'")]
    [TestCase("\"batchSize\": 64", "\"batchSize\": 64, \"fineTune\": { \"epochs\": 0, \"trainableLayers\": 2 }", "fineTune needs epochs > 0")]
    [TestCase("\"batchSize\": 64", "\"batchSize\": 64, \"fineTune\": { \"epochs\": 2 }", "missing value")]
    [TestCase("\"kind\": \"image-classification\"", "\"kind\": \"adversarial\", \"analysis\": { \"scores\": [\"logits\"] }", "analysis.scores [logits] must list one or both of logit, output")]
    [TestCase("\"kind\": \"image-classification\"", "\"kind\": \"adversarial\", \"analysis\": { \"scores\": [\"logit\", \"logit\"] }", "each once")]
    [TestCase("\"kind\": \"image-classification\"", "\"kind\": \"adversarial\", \"analysis\": { \"scores\": [] }", "analysis.scores [] must list")]
    [TestCase("\"dataset\": \"fashion-mnist\"", "\"dataset\": \"fashion-mnist\", \"data\": { \"test\": { \"from\": \"validation\" } }", "data.test.from 'validation' must be 'train' or 'test'")]
    [TestCase("\"dataset\": \"fashion-mnist\"", "\"dataset\": \"fashion-mnist\", \"data\": { \"train\": { \"indices\": [3, 3] } }", "none twice")]
    [TestCase("\"dataset\": \"fashion-mnist\"", "\"dataset\": \"fashion-mnist\", \"data\": { \"test\": { \"first\": 0 } }", "data.test.first 0 must be a positive integer")]
    [TestCase("\"dataset\": \"fashion-mnist\"", "\"dataset\": \"fashion-mnist\", \"data\": { \"classes\": [1, 10] }", "data.classes [1, 10] must list at least two distinct classes in 0..9")]
    [TestCase("\"dataset\": \"fashion-mnist\"", "\"dataset\": \"fashion-mnist\", \"data\": { \"heldOutValidation\": 1.5 }", "data.heldOutValidation 1.5 must be in (0, 1)")]
    [TestCase("\"dataset\": \"fashion-mnist\"", "\"dataset\": \"fashion-mnist\", \"data\": { \"rescale\": 0 }", "data.rescale 0 must be a positive number")]
    [TestCase("\"dataset\": \"fashion-mnist\"", "\"dataset\": \"fashion-mnist\", \"data\": { \"train\": { \"last\": 5 } }", "unknown key at $.data.train")]
    [TestCase("\"dataset\": \"fashion-mnist\"", "\"dataset\": \"fashion-mnist\", \"data\": { \"subset\": \"part9\" }", "data.subset 'part9' names no subset file")]
    [TestCase("\"metric\": \"val_accuracy\"", "\"metric\": \"val_acc\"", "reference a val_acc epoch 3: metric 'val_acc' is unknown; known: loss, accuracy, val_loss, val_accuracy, train_loss, train_accuracy, test_loss, test_accuracy, generalization_gap, train_test_gap")]
    [TestCase("\"check\": \"reproduces\"", "\"check\": \"deviates\", \"observed\": 0.5, \"observedTolerance\": 0.01", "a deviation needs its cause in one line of at most 160 characters")]
    [TestCase("\"check\": \"reproduces\"", "\"check\": \"deviates\", \"observed\": 0.5, \"observedTolerance\": 0.01, \"cause\": \"two\\nlines\"", "a deviation needs its cause in one line")]
    [TestCase("\"check\": \"reproduces\"", "\"check\": \"reproduces\", \"cause\": \"c\"", "cause belongs to deviations only")]
    [TestCase("\"check\": \"reproduces\"", "\"check\": \"deviates\"", "a deviation needs observed and observedTolerance")]
    [TestCase("\"check\": \"reproduces\"", "\"check\": \"deviates\", \"observed\": 0.805, \"observedTolerance\": 0.01", "observed 0.805 lies within tolerance 0.01 of the value 0.8; that is no deviation")]
    [TestCase("\"check\": \"reproduces\"", "\"check\": \"collapses\"", "a collapse needs collapsedSeeds")]
    [TestCase("\"check\": \"reproduces\"", "\"check\": \"reproduces\", \"observed\": 0.5, \"observedTolerance\": 0.01", "observed and observedTolerance belong to deviates checks only")]
    [TestCase("\"references\": [", "\"claims\": [ { \"text\": \"b better\", \"metric\": \"val_accuracy\", \"higher\": \"b\", \"higherEpoch\": 3, \"lower\": \"a\", \"lowerEpoch\": 3, \"margin\": 0, \"reason\": \"r\" } ], \"references\": [", "margin 0 calls any difference")]
    [TestCase("\"references\": [", "\"claims\": [ { \"text\": \"b close\", \"metric\": \"val_accuracy\", \"higher\": \"b\", \"higherEpoch\": 3, \"lower\": \"a\", \"lowerEpoch\": 3, \"margin\": 0.01, \"maxDifference\": 0, \"reason\": \"r\" } ], \"references\": [", "maxDifference 0 must exceed margin 0.01")]
    [TestCase("\"references\": [", "\"claims\": [ { \"text\": \"b better\", \"metric\": \"val_acc\", \"higher\": \"b\", \"higherEpoch\": 3, \"lower\": \"a\", \"lowerEpoch\": 3, \"margin\": 0.01, \"reason\": \"r\" } ], \"references\": [", "claim 'b better': metric 'val_acc' is unknown")]
    [TestCase("\"batchSize\": 64", "\"batchSize\": 64, \"momentum\": 0.9", "momentum applies to sgd and rmsprop only; optimizer 'adam' would ignore it")]
    public void Load_InvalidConfig_ThrowsNamingTheFileAndProblem(string find, string replace, string expected)
    {
        string path = Write(Valid.Replace(find, replace, StringComparison.Ordinal));

        Assert.That(() => ConfigLoader.Load(path), Throws.TypeOf<ConfigurationException>().With.Message.StartsWith(path).And.Message.Contain(expected));
    }

    [TestCase("\"form\": \"clipped\", \"consistent\": true, \"reason\": \"r\"", null, TestName = "Load_CollapseRate_APublishedRunsCheck_IsRead")]
    [TestCase("\"form\": \"logits\", \"consistent\": true, \"reason\": \"r\"", "collapseRate check of form 'logits' needs a form of clipped, an alpha in (0, 1) and a reason (a check of the published run 't')")]
    [TestCase("\"form\": \"clipped\", \"consistent\": true, \"reason\": \" \"", "an alpha in (0, 1) and a reason")]
    [TestCase("\"form\": \"clipped\", \"consistent\": true, \"reason\": \"r\", \"observed\": 0.5, \"observedTolerance\": 0.1", "an observed p-value that contradicts the statement")]
    public void Load_CollapseRate_ValidatesEachPublishedRunsChecks(string check, string? expected)
    {
        string path = Write(Valid
            .Replace("\"section\": \"s\",", "\"section\": \"s\", \"collapseRate\": { \"metric\": \"val_accuracy\", \"epoch\": 3, \"threshold\": 0.15, \"forms\": [\"clipped\"], \"pattern\": [{ \"setting\": \"batch=64\", \"collapsed\": true, \"source\": \"t\", \"checks\": [{ " + check + " }] }] },", StringComparison.Ordinal)
            .Replace("{ \"name\": \"a\" },", "{ \"name\": \"a\" }, { \"name\": \"clipped,batch=64\" },", StringComparison.Ordinal));

        if (expected is null)
        {
            Assert.That(ConfigLoader.Load(path).CollapseRate!.Pattern.Single().Checks.Single().Form, Is.EqualTo("clipped"));
        }
        else
        {
            Assert.That(() => ConfigLoader.Load(path), Throws.TypeOf<ConfigurationException>().With.Message.StartsWith(path).And.Message.Contain(expected));
        }
    }

    [Test]
    public void Load_FineTune_AddsItsEpochsToTheCheckableOnes_AndLeavesOtherHashesAlone()
    {
        string withFineTune = Valid
            .Replace("\"batchSize\": 64", "\"batchSize\": 64, \"fineTune\": { \"epochs\": 2, \"trainableLayers\": 1 }", StringComparison.Ordinal)
            .Replace("\"variant\": \"a\", \"metric\": \"val_accuracy\", \"epoch\": 3", "\"variant\": \"b\", \"metric\": \"val_accuracy\", \"epoch\": 5", StringComparison.Ordinal);
        var plain = ConfigLoader.Load(Write(Valid));

        var config = ConfigLoader.Load(Write(withFineTune));

        Assert.That(config.Resolve(config.Variant("b")).TotalEpochs, Is.EqualTo(5));
        Assert.That(ConfigLoader.Hash(config, config.Variant("a")), Is.EqualTo(ConfigLoader.Hash(plain, plain.Variant("a"))), "unset new fields do not change the hash of existing records");
        Assert.That(ConfigLoader.Hash(config, config.Variant("b")), Is.Not.EqualTo(ConfigLoader.Hash(plain, plain.Variant("b"))));
    }

    [Test]
    public void Hash_OfEveryCommittedRecord_IsItsVariantsCurrentHash()
    {
        string root = SeedSetTests.RepositoryRoot();
        var records = Directory.GetFiles(Path.Combine(root, "results"), "seed-*.json", SearchOption.AllDirectories).Select(RecordJson.ReadRecord).ToList();
        Assume.That(records, Is.Not.Empty);

        foreach (var record in records)
        {
            var config = ConfigLoader.LoadByName(Path.Combine(root, "configs"), record.Experiment);
            Assert.That(record.ConfigHash, Is.EqualTo(ConfigLoader.Hash(config, config.Variant(record.Variant))), $"{record.Experiment} {record.Variant} seed {record.Seed}: a code or config change altered the hash, so the committed record no longer counts");
        }
    }

    [Test]
    public void LoadByName_NameNotMatchingThePlace_Throws()
    {
        Directory.CreateDirectory(Path.Combine(TempDirectory, "demo"));
        File.WriteAllText(Path.Combine(TempDirectory, "demo", "other.json"), Valid);

        Assert.That(() => ConfigLoader.LoadByName(TempDirectory, "demo/other"), Throws.TypeOf<ConfigurationException>().With.Message.Contain("does not match"));
    }

    [Test]
    public void Load_DataSubset_ReadsTheReportsSubsetFile_AndItsIndicesEnterTheHash()
    {
        string subsets = Directory.CreateDirectory(Path.Combine(TempDirectory, "subsets")).FullName;
        string subset = Path.Combine(subsets, "part2.json");
        File.WriteAllText(subset, """{ "description": "found by pixels", "train": { "indices": [5, 3] }, "test": { "from": "train", "first": 2 }, "classes": [1, 3] }""");
        string path = Write(Valid.Replace("\"dataset\": \"fashion-mnist\"", "\"dataset\": \"fashion-mnist\", \"data\": { \"subset\": \"part2\", \"train\": { \"first\": 1 }, \"heldOutValidation\": 0.5 }", StringComparison.Ordinal));

        var config = ConfigLoader.Load(path);
        string hash = ConfigLoader.Hash(config, config.Variant("a"));
        File.WriteAllText(subset, File.ReadAllText(subset).Replace("[5, 3]", "[5, 4]", StringComparison.Ordinal));

        Assert.That(config.Data!.Train!.Indices, Is.EqualTo(new[] { 5, 3 }));
        Assert.That(config.Data.Train.First, Is.EqualTo(1), "the config's keys are laid over the file's, key by key");
        Assert.That(config.Data.Test!.From, Is.EqualTo("train"));
        Assert.That(config.Data.HeldOutValidation, Is.EqualTo(0.5));
        Assert.That(config.Data.Description, Is.EqualTo("found by pixels"));
        Assert.That(ConfigLoader.Hash(ConfigLoader.Load(path), config.Variant("a")), Is.Not.EqualTo(hash), "other indices are another experiment");
    }

    [Test]
    public void EveryConfiguredExperiment_HasAValidConfig()
    {
        string configs = Path.Combine(SeedSetTests.RepositoryRoot(), "configs");
        var names = ExperimentRegistry.Names(configs);

        Assert.That(ExperimentRegistry.All(configs).Select(e => e.Name), Is.EqualTo(names));
        Assert.That(names, Does.Contain("kipping2022/flat").And.Contains("nanavati2021/spectra").And.Not.Contains("highsmith2019/part2"), "subset files are not experiments");
    }

    [Test]
    public void ANewConfigFile_IsAnExperiment_WithoutCode()
    {
        string report = Directory.CreateDirectory(Path.Combine(TempDirectory, "configs", "newreport")).FullName;
        File.WriteAllText(Path.Combine(report, "dense.json"), Valid.Replace("demo/test", "newreport/dense", StringComparison.Ordinal));

        var experiment = ExperimentRegistry.Create("newreport/dense", Path.GetDirectoryName(report)!);

        Assert.That(experiment, Is.TypeOf<ImageClassificationExperiment>());
        Assert.That(ExperimentRegistry.Names(Path.GetDirectoryName(report)!), Is.EqualTo(new[] { "newreport/dense" }));
    }

    [TestCase("\"kind\": \"image-classification\"", "\"kind\": \"clasification\"", "unknown kind 'clasification'; known: adversarial, attribution, deepdream, feature-maps, filters, gradient-check, image-classification, spectra.")]
    [TestCase("\"kind\": \"image-classification\"", "\"kind\": \"spectra\"", "kind 'spectra' needs an 'analysis' section.")]
    [TestCase("\"kind\": \"image-classification\",", "", "missing value: 'kind'")]
    public void ABadKind_IsAOneLineError(string valid, string bad, string message)
    {
        string path = Write(Valid.Replace(valid, bad, StringComparison.Ordinal));

        Assert.That(() => ConfigLoader.Load(path), Throws.TypeOf<ConfigurationException>().With.Message.Contains(message));
    }

    [Test]
    public void AnAnalysisValue_IsACheckableMetric_OnlyForTheKindThatComputesIt()
    {
        const string Claim = "\"claims\": [ { \"text\": \"t\", \"metric\": \"axis_excess\", \"higher\": \"a\", \"higherEpoch\": 3, \"margin\": 0.05, \"reason\": \"r\" } ],";
        string spectra = Valid.Replace("\"kind\": \"image-classification\",", "\"kind\": \"spectra\", \"analysis\": { \"layers\": [\"max_pooling2d\", \"conv2d\"] }, " + Claim, StringComparison.Ordinal);
        string classification = Valid.Replace("\"kind\": \"image-classification\",", "\"kind\": \"image-classification\", " + Claim, StringComparison.Ordinal);

        Assert.That(ConfigLoader.Load(Write(spectra)).Claims.Single().Metric, Is.EqualTo("axis_excess"));
        Assert.That(() => ConfigLoader.Load(Write(classification)), Throws.TypeOf<ConfigurationException>().With.Message.Contains("metric 'axis_excess' is unknown"));
    }

    [Test]
    public void Rescale_MultipliesThePixels_AndIsOneOverTwoFiftyFiveWhenAbsent()
    {
        var images = new NDArray<byte>([0, 51, 255, 102], 1, 2, 2);
        var labels = new NDArray<byte>([3], 1);
        var dataset = new ImageDataset(images, labels, images, labels);
        float[] Pixels(string text)
        {
            var config = ConfigLoader.Load(Write(text));
            return ExperimentKinds.Create(config).Prepare(dataset, config.Resolve(config.Variant("a"))).X.Data;
        }

        Assert.That(Pixels(Valid), Is.EqualTo(new[] { 0f, 0.2f, 1f, 0.4f }));
        Assert.That(Pixels(Valid.Replace("\"dataset\": \"fashion-mnist\"", "\"dataset\": \"fashion-mnist\", \"data\": { \"rescale\": 1 }", StringComparison.Ordinal)), Is.EqualTo(new[] { 0f, 51f, 255f, 102f }));
    }

    [TestCase(", \"observed\": 0.1", "a deviation needs observed and a non-negative observedTolerance")]
    [TestCase(", \"observed\": 0.9, \"observedTolerance\": 0.01, \"cause\": \"c\"", "observed 0.9 satisfies the claim (margin 0.5) and no everySeedAbove floor can break it; that is no deviation")]
    [TestCase(", \"observed\": 0.1, \"observedTolerance\": 0.01", "a deviation needs its cause in one line")]
    public void AClaimDeviation_NeedsAnObservedDifferenceThatBreaksTheClaim(string pin, string message)
    {
        string claim = "\"claims\": [ { \"text\": \"t\", \"metric\": \"val_accuracy\", \"higher\": \"a\", \"higherEpoch\": 3, \"margin\": 0.5" + pin + ", \"reason\": \"r\" } ],";
        string path = Write(Valid.Replace("\"kind\": \"image-classification\",", "\"kind\": \"image-classification\", " + claim, StringComparison.Ordinal));

        Assert.That(() => ConfigLoader.Load(path), Throws.TypeOf<ConfigurationException>().With.Message.Contains(message));
    }

    [Test]
    public void AClaimDeviation_InsideTheMargins_IsAllowedOnlyWhereAFloorCanBreakTheClaim()
    {
        string claim = "\"claims\": [ { \"text\": \"t\", \"metric\": \"val_accuracy\", \"higher\": \"a\", \"higherEpoch\": 3, \"margin\": 0.5, \"everySeedAbove\": 0.5, \"observed\": 0.9, \"observedTolerance\": 0.01, \"cause\": \"c\", \"reason\": \"r\" } ],";
        string path = Write(Valid.Replace("\"kind\": \"image-classification\",", "\"kind\": \"image-classification\", " + claim, StringComparison.Ordinal));

        Assert.That(ConfigLoader.Load(path).Claims.Single().Observed, Is.EqualTo(0.9));
    }

    private string Write(string text)
    {
        string path = Path.Combine(TempDirectory, "config.json");
        File.WriteAllText(path, text);
        return path;
    }
}
