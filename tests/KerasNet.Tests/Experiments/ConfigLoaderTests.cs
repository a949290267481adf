using KerasNet.Experiments;
using KerasNet.Experiments.Configuration;

namespace KerasNet.Tests.Experiments;

public sealed class ConfigLoaderTests : TemporaryDirectoryTest
{
    private const string Valid = """
        {
          "name": "demo/test",
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
    public void Load_InvalidConfig_ThrowsNamingTheFileAndProblem(string find, string replace, string expected)
    {
        string path = Write(Valid.Replace(find, replace, StringComparison.Ordinal));

        Assert.That(() => ConfigLoader.Load(path), Throws.TypeOf<ConfigurationException>().With.Message.StartsWith(path).And.Message.Contain(expected));
    }

    [Test]
    public void LoadByName_NameNotMatchingThePlace_Throws()
    {
        Directory.CreateDirectory(Path.Combine(TempDirectory, "demo"));
        File.WriteAllText(Path.Combine(TempDirectory, "demo", "other.json"), Valid);

        Assert.That(() => ConfigLoader.LoadByName(TempDirectory, "demo/other"), Throws.TypeOf<ConfigurationException>().With.Message.Contain("does not match"));
    }

    [Test]
    public void EveryRegisteredExperiment_HasAValidConfig()
    {
        string configs = Path.Combine(SeedSetTests.RepositoryRoot(), "configs");

        Assert.That(ExperimentRegistry.Names.Select(n => ExperimentRegistry.Create(n, configs).Name), Is.EqualTo(ExperimentRegistry.Names));
    }

    private string Write(string text)
    {
        string path = Path.Combine(TempDirectory, "config.json");
        File.WriteAllText(path, text);
        return path;
    }
}
