using KerasNet.Experiments;
using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Summaries;
using KerasNet.Reporting;
using SkiaSharp;

namespace KerasNet.Tests.Experiments;

/// <summary>Curve plots: one panel for a few variants, small multiples (a panel per variant) for many, deterministic.</summary>
public sealed class CurvePlotTests : TemporaryDirectoryTest
{
    [Test]
    public void ManyVariants_AreDrawnAsAPanelEach_InRowsOfAtMostSix()
    {
        string path = Path.Combine(TempDirectory, "many.png");

        CurvePlot.Write(path, Config(9), Summary(9), "val_accuracy");

        using var image = SKBitmap.Decode(path);
        Assert.That((image.Width, image.Height), Is.EqualTo((3 * 300, 34 + (3 * 210))), "nine panels in three rows of three");
    }

    [Test]
    public void FewVariants_ShareOnePanel()
    {
        string path = Path.Combine(TempDirectory, "few.png");

        CurvePlot.Write(path, Config(3), Summary(3), "val_accuracy");

        using var image = SKBitmap.Decode(path);
        Assert.That((image.Width, image.Height), Is.EqualTo((960, 440)));
    }

    [Test]
    public void TheSameSummary_GivesTheSameBytes()
    {
        string first = Path.Combine(TempDirectory, "first.png");
        string second = Path.Combine(TempDirectory, "second.png");

        CurvePlot.Write(first, Config(9), Summary(9), "val_accuracy");
        CurvePlot.Write(second, Config(9), Summary(9), "val_accuracy");

        Assert.That(File.ReadAllBytes(second), Is.EqualTo(File.ReadAllBytes(first)));
    }

    private static ExperimentConfig Config(int variants) => new()
    {
        Name = "demo/many",
        Kind = ExperimentKinds.ImageClassification,
        Section = "s",
        Description = "d",
        Dataset = "fashion-mnist",
        Training = new TrainingSettings { Epochs = 3 },
        Variants = [.. Enumerable.Range(0, variants).Select(i => new VariantConfig { Name = $"v{i}" })],
        References = [new ReferenceValue { Variant = "v0", Metric = "val_accuracy", Epoch = 3, Value = 0.9, Source = "t", Check = CheckKind.Reproduces, Tolerance = 0.01, Reason = "r" }],
    };

    // The last variant collapses to 0.1; the others end near 0.9.
    private static ExperimentSummary Summary(int variants) => new("demo/many",
    [
        .. Enumerable.Range(0, variants).Select(i => new VariantSummary(
            $"v{i}",
            [1, 2],
            [],
            new Dictionary<string, IReadOnlyList<CurveStatistics>>
            {
                ["val_accuracy"] = [.. Enumerable.Range(1, 3).Select(e => CurveStatistics.Of(e, i == variants - 1 ? [0.1, 0.1] : [0.8 + (0.03 * e) + (0.001 * i), 0.81 + (0.03 * e)]))],
            })),
    ]);
}
