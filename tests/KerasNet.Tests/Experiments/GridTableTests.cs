using KerasNet.Experiments;
using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Summaries;
using KerasNet.Reporting;

namespace KerasNet.Tests.Experiments;

public sealed class GridTableTests
{
    [Test]
    public void Render_TwoKeyGrid_LaysOutPublishedAndReproducedLikeTheReportsTable()
    {
        var config = Config(["lr=0.1,batch=8", "lr=0.1,batch=16", "lr=0.2,batch=8", "lr=0.2,batch=16"]);
        var summary = new ExperimentSummary("demo/grid",
        [
            Variant("lr=0.1,batch=8", [0.9, 0.92]),
            Variant("lr=0.2,batch=16", [0.1, 0.8]),
            Variant("lr=0.1,batch=16", [0.87]),
        ]);

        string table = GridTable.Render(config, summary);

        Assert.That(table, Does.Contain("| lr \\ batch | 8 | 16 |"));
        Assert.That(table, Does.Contain("| 0.1 | 0.91 → 0.910 ± 0.014 (n=2) | – → 0.870 (n=1) |"), "one seed has no spread to show");
        Assert.That(table, Does.Contain("| 0.2 | – → (not run) | 0.10 → 0.450 ± 0.495 (n=2), 1 collapsed |"));
    }

    [Test]
    public void Render_LabelledGrid_GivesOneTablePerLabel()
    {
        var config = Config(["a,lr=0.1,batch=8", "a,lr=0.2,batch=8", "b,lr=0.1,batch=8", "b,lr=0.2,batch=8"]) with
        {
            References =
            [
                new ReferenceValue { Variant = "a,lr=0.1,batch=8", Metric = "val_accuracy", Epoch = 1, Value = 0.91, Source = "t", Check = CheckKind.Reproduces, Tolerance = 0.01, Reason = "r" },
                new ReferenceValue { Variant = "b,lr=0.1,batch=8", Metric = "val_accuracy", Epoch = 1, Value = 0.91, Source = "t", Check = CheckKind.Reproduces, Tolerance = 0.01, Reason = "r" },
            ],
        };
        var summary = new ExperimentSummary("demo/grid", [Variant("a,lr=0.1,batch=8", [0.9]), Variant("b,lr=0.1,batch=8", [0.5])]);

        string table = GridTable.Render(config, summary);

        Assert.That(table, Does.Contain("val_accuracy after epoch 1, a:"));
        Assert.That(table, Does.Contain("val_accuracy after epoch 1, b:"));
        Assert.That(table, Does.Contain("| 0.1 | 0.91 → 0.900 (n=1) |"));
        Assert.That(table, Does.Contain("| 0.1 | 0.91 → 0.500 (n=1) |"));
        Assert.That(table, Does.Contain("| 0.2 | – → (not run) |"));
    }

    [Test]
    public void Render_VariantsThatAreNotATwoKeyGrid_GivesNothing()
    {
        var config = Config(["relu", "tanh"]) with { References = [] };
        var threeKeys = Config(["a=1,b=2,c=3"]) with { References = [] };

        Assert.That(GridTable.Render(threeKeys, new ExperimentSummary("demo/grid", [])), Is.Empty, "three keyed parts are no two-key grid");

        Assert.That(GridTable.Render(config, new ExperimentSummary("demo/grid", [])), Is.Empty);
    }

    private static ExperimentConfig Config(IReadOnlyList<string> variants) => new()
    {
        Name = "demo/grid",
        Kind = ExperimentKinds.ImageClassification,
        Section = "s",
        Description = "d",
        Dataset = "fashion-mnist",
        Training = new TrainingSettings { Epochs = 1 },
        Variants = [.. variants.Select(v => new VariantConfig { Name = v })],
        References =
        [
            new ReferenceValue { Variant = "lr=0.1,batch=8", Metric = "val_accuracy", Epoch = 1, Value = 0.91, Source = "t", Check = CheckKind.Reproduces, Tolerance = 0.01, Reason = "r" },
            new ReferenceValue { Variant = "lr=0.2,batch=16", Metric = "val_accuracy", Epoch = 1, Value = 0.1, Source = "t", Check = CheckKind.Collapses, Tolerance = 0.05, Reason = "r" },
        ],
    };

    private static VariantSummary Variant(string name, IReadOnlyList<double> values) => new(
        name,
        [.. Enumerable.Range(1, values.Count)],
        [],
        new Dictionary<string, IReadOnlyList<CurveStatistics>> { ["val_accuracy"] = [CurveStatistics.Of(1, values)] });
}
