using KerasNet.Experiments.Reporting;
using KerasNet.Experiments.Summaries;
using KerasNet.Experiments.Verification;

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
