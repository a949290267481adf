using KerasNet.Experiments;
using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Summaries;
using KerasNet.Experiments.Verification;
using KerasNet.Reporting;

namespace KerasNet.Tests.Experiments;

public sealed class ReferenceTableTests
{
    [Test]
    public void Render_VariantsByEpochs_OneTablePerMetric_InPercentWithTheVerdicts()
    {
        var config = Config(
            Reference("B", "test_accuracy", 1, 0.86),
            Reference("B", "test_accuracy", 15, 0.935),
            Reference("N", "test_accuracy", 1, 0.941),
            Reference("N", "train_accuracy", 15, 0.988));
        var summary = new ExperimentSummary("demo/table",
        [
            new VariantSummary("B", [1, 2], [], new Dictionary<string, IReadOnlyList<CurveStatistics>>
            {
                ["test_accuracy"] = [CurveStatistics.Of(1, [0.85, 0.87]), CurveStatistics.Of(15, [0.939, 0.939])],
            }),
        ]);

        string table = ReferenceTable.Render(config, summary, [Verdict.Reproduces, Verdict.Deviation, Verdict.Inconclusive, Verdict.Inconclusive]);

        Assert.That(table, Does.Contain("test_accuracy (%): published → reproduced"));
        Assert.That(table, Does.Contain("| variant | epoch 1 | epoch 15 |"));
        Assert.That(table, Does.Contain("| B | ✅ 86.0 → 86.0 ± 1.4 | 🟧 93.5 → 93.9 ± 0.0 |"));
        Assert.That(table, Does.Contain("| N | 94.1 → (not run) | – |"));
        Assert.That(table, Does.Contain("train_accuracy (%)"));
        Assert.That(table, Does.Contain("| N | – | 98.8 → (not run) |"));
    }

    [Test]
    public void Render_OneEpochOnly_GivesNothing()
    {
        var config = Config(Reference("B", "val_accuracy", 5, 0.9), Reference("N", "val_accuracy", 5, 0.95));

        Assert.That(ReferenceTable.Render(config, new ExperimentSummary("demo/table", []), [Verdict.Reproduces, Verdict.Reproduces]), Is.Empty);
    }

    private static ReferenceValue Reference(string variant, string metric, int epoch, double value) =>
        new() { Variant = variant, Metric = metric, Epoch = epoch, Value = value, Source = "t", Check = CheckKind.Reproduces, Tolerance = 0.01, Reason = "r" };

    private static ExperimentConfig Config(params ReferenceValue[] references) => new()
    {
        Name = "demo/table",
        Kind = ExperimentKinds.ImageClassification,
        Section = "s",
        Description = "d",
        Dataset = "mnist",
        Training = new TrainingSettings { Epochs = 15 },
        Variants = [new VariantConfig { Name = "B" }, new VariantConfig { Name = "N" }],
        References = references,
    };
}
