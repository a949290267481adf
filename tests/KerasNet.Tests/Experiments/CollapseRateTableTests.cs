using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Summaries;
using KerasNet.Reporting;

namespace KerasNet.Tests.Experiments;

/// <summary>The collapse-rate section's statistics against known values.</summary>
public sealed class CollapseRateTableTests
{
    // Exact intervals from the Beta quantiles: 0 of 16 → upper 1 − 0.025^(1/16); 8 of 16 → 0.2465 – 0.7535.
    [TestCase(0, 16, 0.0, 0.20591)]
    [TestCase(16, 16, 0.79409, 1.0)]
    [TestCase(8, 16, 0.24651, 0.75349)]
    [TestCase(3, 4, 0.19412, 0.99369)]
    public void ClopperPearson_MatchesTheBetaQuantiles(int collapsed, int runs, double low, double high)
    {
        var (lower, upper) = CollapseRateTable.ClopperPearson(collapsed, runs);

        Assert.That(lower, Is.EqualTo(low).Within(1e-4));
        Assert.That(upper, Is.EqualTo(high).Within(1e-4));
    }

    [Test]
    public void PatternProbability_MultipliesEachRunsOutcome_AndNeedsEveryRate()
    {
        PublishedRun[] pattern = [new("batch=64", false, "a"), new("batch=64", true, "b"), new("batch=256", true, "c")];
        var rates = new Dictionary<string, double> { ["batch=64"] = 0.25, ["batch=256"] = 1.0 };

        Assert.That(CollapsePattern.Probability(pattern, s => rates.TryGetValue(s, out double r) ? r : null), Is.EqualTo(0.75 * 0.25 * 1.0).Within(1e-12));
        Assert.That(CollapsePattern.Probability(pattern, s => s == "batch=64" ? 0.5 : null), Is.Null);
    }

    [Test]
    public void PValue_IsTheProbabilityOfEveryPatternNoMoreLikelyThanThePublishedOne()
    {
        PublishedRun Run(bool collapsed) => new("batch=64", collapsed, "t");

        Assert.That(CollapsePattern.PValue([Run(false), Run(false)], _ => 0.9), Is.EqualTo(0.01).Within(1e-12), "two escapes at rate 0.9: the least likely of the four patterns");
        Assert.That(CollapsePattern.PValue([Run(true), Run(false)], _ => 0.9), Is.EqualTo(0.01 + 0.09 + 0.09).Within(1e-12), "ties count");
        Assert.That(CollapsePattern.PValue([Run(true), Run(true)], _ => 0.9), Is.EqualTo(1).Within(1e-12));
        Assert.That(CollapsePattern.PValue([Run(true)], _ => null), Is.Null);
        Assert.That(CollapsePattern.Smoothed(16, 16), Is.EqualTo(17.0 / 18), "never 1: a measured certainty leaves room for an escape");
    }
}
