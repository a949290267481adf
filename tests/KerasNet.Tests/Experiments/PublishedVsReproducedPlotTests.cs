using KerasNet.Experiments.Summaries;
using KerasNet.Experiments.Verification;
using KerasNet.Reporting;

namespace KerasNet.Tests.Experiments;

/// <summary>The per-report figure: which deviations it labels, and that it is a picture of exactly the points given.</summary>
public sealed class PublishedVsReproducedPlotTests : TemporaryDirectoryTest
{
    [Test]
    public void FewDeviations_AreLabelledInOrder_ManyAreNot()
    {
        var few = new[] { Point("a", Verdict.Reproduces), Point("b", Verdict.Deviation), Point("c", Verdict.Deviation) };
        var many = Enumerable.Range(0, PublishedVsReproducedPlot.MaxLabels + 1).Select(i => Point($"d{i}", Verdict.Deviation)).ToList();

        Assert.That(PublishedVsReproducedPlot.LabelledDeviations(few).Select(p => p.Label), Is.EqualTo(new[] { "b", "c" }));
        Assert.That(PublishedVsReproducedPlot.LabelledDeviations(many), Is.Empty);
    }

    [Test]
    public void CoincidingDeviations_ShareOneLabel_DistantOnesKeepTheirOwn()
    {
        // kipping2022's D2 and D3: published 0.87 twice, both reproduced at 0.1 — drawn apart they overlap.
        PublishedPoint At(double published, double reproduced) => new("demo/x", "p", published, CurveStatistics.Of(1, [reproduced]), 0.02, Verdict.Deviation);
        var deviations = new[] { At(0.91, 0.1), At(0.87, 0.1), At(0.87, 0.1), At(0.5, 0.5) };

        var labels = PublishedVsReproducedPlot.Labels(deviations, span: 1);

        Assert.That(labels.Select(l => l.Text), Is.EqualTo(new[] { "D1", "D2, D3", "D4" }));
        Assert.That(labels[1].X, Is.EqualTo(0.87));
    }

    [Test]
    public void DifferentPoints_GiveDifferentPictures()
    {
        string one = Path.Combine(TempDirectory, "one.png");
        string other = Path.Combine(TempDirectory, "other.png");

        PublishedVsReproducedPlot.Write(one, "demo", [Point("a", Verdict.Reproduces)]);
        PublishedVsReproducedPlot.Write(other, "demo", [Point("a", Verdict.Reproduces), Point("b", Verdict.Deviation)]);

        Assert.That(File.ReadAllBytes(other), Is.Not.EqualTo(File.ReadAllBytes(one)));
    }

    private static PublishedPoint Point(string label, Verdict verdict) =>
        new("demo/x", label, 0.9, CurveStatistics.Of(1, verdict == Verdict.Deviation ? [0.5, 0.6] : [0.89, 0.91]), 0.02, verdict);
}
