using KerasNet.Experiments.Records;
using KerasNet.Reporting;

namespace KerasNet.Tests.Experiments;

public sealed class EpochCostTests
{
    [Test]
    public void Cell_IsTheMedianSecondsPerEpochOfTheTrainedRuns()
    {
        var records = new[] { Run(epochs: 2, seconds: 20), Run(epochs: 2, seconds: 60), Run(epochs: 4, seconds: 20), Run(epochs: 2, seconds: 0, sharedFrom: "demo/other/a/seed-1") };

        Assert.That(EpochCost.Cell(records), Is.EqualTo("10.0"), "per epoch 10, 30 and 5 s: the median is 10; the shared run (0 s) is not a run trained here");
        Assert.That(EpochCost.Cell(records.Take(2)), Is.EqualTo("20.0"), "an even count takes the mean of the middle two");
    }

    [Test]
    [SetCulture("de-DE")]
    public void Cell_FormatsByMagnitude_InTheInvariantCulture()
    {
        Assert.That(EpochCost.Cell([Run(epochs: 10, seconds: 0.84)]), Is.EqualTo("0.084"));
        Assert.That(EpochCost.Cell([Run(epochs: 10, seconds: 331)]), Is.EqualTo("33.1"));
        Assert.That(EpochCost.Cell([Run(epochs: 2, seconds: 1204)]), Is.EqualTo("602"));
    }

    [Test]
    public void Cell_SaysSharedOrDash_WhenNoRunWasTrainedHere()
    {
        Assert.That(EpochCost.Cell([Run(epochs: 2, seconds: 0, sharedFrom: "demo/other/a/seed-1")]), Is.EqualTo("shared"));
        Assert.That(EpochCost.Cell([]), Is.EqualTo("–"));
    }

    private static RunRecord Run(int epochs, double seconds, string? sharedFrom = null) => new(
        RunRecord.CurrentSchemaVersion,
        "demo/experiment",
        "a",
        1,
        RunStatus.Completed,
        new string('a', 64),
        new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero),
        seconds,
        new RunEnvironment("0123", false, "0.107.0", "2.10.0", "10.0.0", "Linux", "cpu", 1),
        [.. Enumerable.Range(1, epochs).Select(e => new EpochRecord(e, new Dictionary<string, double> { ["loss"] = 1.0 }))],
        [],
        new Fingerprint(0, []),
        SharedFrom: sharedFrom);
}
