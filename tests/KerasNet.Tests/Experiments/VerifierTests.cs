using KerasNet.Experiments;
using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Summaries;
using KerasNet.Experiments.Verification;

namespace KerasNet.Tests.Experiments;

public sealed class VerifierTests
{
    [TestCase(CheckKind.Reproduces, 0.805, CheckOutcome.Pass)]
    [TestCase(CheckKind.Reproduces, 0.83, CheckOutcome.Fail)]
    [TestCase(CheckKind.Deviates, 0.70, CheckOutcome.Pass, TestName = "Deviation_AtItsPinnedValue_Passes")]
    [TestCase(CheckKind.Deviates, 0.805, CheckOutcome.Fail, TestName = "Deviation_ThatStartsToReproduce_Fails")]
    [TestCase(CheckKind.Deviates, 0.83, CheckOutcome.Fail, TestName = "Deviation_MovingAwayTheOtherWay_Fails")]
    [TestCase(CheckKind.Deviates, 0.60, CheckOutcome.Fail, TestName = "Deviation_MovingFurtherAway_Fails")]
    public void Reference_ReproducesOrDeviatesAsPinned(CheckKind kind, double mean, CheckOutcome expected)
    {
        var config = Config(kind);

        var result = Verifier.Check(config, Summary(mean, seeds: 4), requiredSeeds: 4).Single();

        Assert.That(result.Outcome, Is.EqualTo(expected), result.Detail);
        Assert.That(result.Description, Does.Contain("reference 0.8000, reproduced").And.Contain("(n=4)"));
    }

    [TestCase(CheckKind.Reproduces)]
    [TestCase(CheckKind.Deviates)]
    [TestCase(CheckKind.Collapses)]
    public void Reference_WithANaNSeedValue_FailsWhateverItsKind(CheckKind kind)
    {
        var result = Verifier.Check(Config(kind), Summary([0.7, 0.7, double.NaN, 0.7]), 4).Single();

        Assert.That(result.Outcome, Is.EqualTo(CheckOutcome.Fail));
        Assert.That(result.Detail, Does.Contain("NaN"));
    }

    [Test]
    public void Reference_OfAVariantWithADivergedSeed_Fails()
    {
        var diverged = new ExperimentSummary("demo/v", [Summary(0.8, seeds: 3).Variants[0] with { Diverged = [4] }]);

        var result = Verifier.Check(Config(CheckKind.Reproduces), diverged, 4).Single();

        Assert.That(result.Outcome, Is.EqualTo(CheckOutcome.Fail));
        Assert.That(result.Detail, Does.Contain("a seed 4 diverged"));
    }

    [Test]
    public void Reference_WithFewerSeedsThanRequired_IsInconclusiveNeverPass()
    {
        var result = Verifier.Check(Config(CheckKind.Reproduces), Summary(0.8, seeds: 3), requiredSeeds: 4).Single();

        Assert.That(result.Outcome, Is.EqualTo(CheckOutcome.Inconclusive));
        Assert.That(result.Description, Does.Contain("only 3 of 4 seeds"));
    }

    [Test]
    public void Collapse_PassesOnlyWithThePinnedNumberOfCollapsedSeeds_AndReportsTheOthers()
    {
        var config = Config(CheckKind.Collapses);

        var oneCollapsed = Verifier.Check(config, Summary([0.1, 0.9, 0.92, 0.88]), 4).Single();
        var noneCollapsed = Verifier.Check(config, Summary([0.16, 0.9, 0.92, 0.88]), 4).Single();
        var allCollapsed = Verifier.Check(config, Summary([0.1, 0.1, 0.1, 0.1]), 4).Single();

        Assert.That(oneCollapsed.Outcome, Is.EqualTo(CheckOutcome.Pass), oneCollapsed.Detail);
        Assert.That(oneCollapsed.Description, Does.Contain("1 of 4 seeds collapsed, the other 3 average 0.9000"));
        Assert.That(noneCollapsed.Outcome, Is.EqualTo(CheckOutcome.Fail), noneCollapsed.Detail);
        Assert.That(allCollapsed.Outcome, Is.EqualTo(CheckOutcome.Fail), "more collapses than recorded is a change too");
        Assert.That(allCollapsed.Description, Does.Contain("4 of 4 seeds collapsed, no other seeds"));
    }

    [Test]
    public void Claim_ComparesMeansWithTheMargin()
    {
        var config = Config(CheckKind.Reproduces) with
        {
            References = [],
            Claims = [new ClaimConfig { Text = "improves", Metric = "val_accuracy", Higher = "a", HigherEpoch = 2, Lower = "a", LowerEpoch = 1, Margin = 0.05, Reason = "r" }],
        };

        var holds = Verifier.Check(config, Summary(0.8, seeds: 4, firstEpoch: 0.7), 4).Single();
        var fails = Verifier.Check(config, Summary(0.8, seeds: 4, firstEpoch: 0.78), 4).Single();

        Assert.That(holds.Outcome, Is.EqualTo(CheckOutcome.Pass));
        Assert.That(fails.Outcome, Is.EqualTo(CheckOutcome.Fail));
    }

    [TestCase(0.79, CheckOutcome.Pass, TestName = "TwoSidedClaim_MarginallyWorse_Holds")]
    [TestCase(0.81, CheckOutcome.Fail, TestName = "TwoSidedClaim_Better_IsNotMarginallyWorse")]
    [TestCase(0.75, CheckOutcome.Fail, TestName = "TwoSidedClaim_MuchWorse_IsNotMarginallyWorse")]
    public void Claim_TwoSided_HoldsOnlyInsideItsRange(double elu, CheckOutcome expected)
    {
        var config = Config(CheckKind.Reproduces) with
        {
            Variants = [new VariantConfig { Name = "a" }, new VariantConfig { Name = "b" }],
            References = [],
            Claims = [new ClaimConfig { Text = "b only marginally worse than a", Metric = "val_accuracy", Higher = "b", HigherEpoch = 2, Lower = "a", LowerEpoch = 2, Margin = -0.03, MaxDifference = 0, Reason = "r" }],
        };
        var summary = new ExperimentSummary("demo/v", [Summary(0.8, seeds: 4).Variants[0], Summary(elu, seeds: 4).Variants[0] with { Variant = "b" }]);

        var result = Verifier.Check(config, summary, 4).Single();

        Assert.That(result.Outcome, Is.EqualTo(expected), result.Detail);
    }

    // b's seeds 0.97 ± 0.01 (sample sd 0.0115), a's all 0.98: standard error of the difference 0.0058, 2 SE 0.0115.
    [TestCase(0.005, null, CheckOutcome.Fail, TestName = "SignificantDifferenceClaim_WithinTwoStandardErrors_Fails")]
    [TestCase(-0.005, 0.005, CheckOutcome.Pass, TestName = "NoSignificantDifferenceClaim_WithinTwoStandardErrors_Holds")]
    public void Claim_WithStandardErrors_WidensItsBoundsToTheSeedsNoise(double margin, double? most, CheckOutcome expected)
    {
        var config = Config(CheckKind.Reproduces) with
        {
            Variants = [new VariantConfig { Name = "a" }, new VariantConfig { Name = "b" }],
            References = [],
            Claims = [new ClaimConfig { Text = "a vs b", Metric = "val_accuracy", Higher = "a", HigherEpoch = 2, Lower = "b", LowerEpoch = 2, Margin = margin, MaxDifference = most, StandardErrors = 2, Reason = "r" }],
        };
        var summary = new ExperimentSummary("demo/v", [Summary(0.98, seeds: 4).Variants[0], Summary([0.96, 0.98, 0.96, 0.98]).Variants[0] with { Variant = "b" }]);
        var withoutWidening = config with { Claims = [config.Claims[0] with { StandardErrors = null }] };

        var widened = Verifier.Check(config, summary, 4).Single();
        var stated = Verifier.Check(withoutWidening, summary, 4).Single();

        Assert.That(widened.Outcome, Is.EqualTo(expected), widened.Detail);
        Assert.That(stated.Outcome, Is.Not.EqualTo(expected), "the difference 0.01 lies outside the stated bounds: only the widening decides");
        Assert.That(widened.Detail, Does.Contain("2 standard errors = 0.0115"));
    }

    [Test]
    public void NoDifferenceClaim_BetweenCollapsedRuns_FailsWithAFloor_AndWouldHoldWithoutIt()
    {
        var config = Config(CheckKind.Reproduces) with
        {
            Variants = [new VariantConfig { Name = "a" }, new VariantConfig { Name = "b" }],
            References = [],
            Claims = [new ClaimConfig { Text = "no difference", Metric = "val_accuracy", Higher = "b", HigherEpoch = 2, Lower = "a", LowerEpoch = 2, Margin = -0.005, MaxDifference = 0.005, EverySeedAbove = 0.5, Reason = "r" }],
        };
        var collapsed = new ExperimentSummary("demo/v", [Summary(0.1, seeds: 4).Variants[0], Summary([0.1, 0.1, 0.1, 0.1]).Variants[0] with { Variant = "b" }]);
        var oneSeedCollapsed = new ExperimentSummary("demo/v", [Summary(0.98, seeds: 4).Variants[0], Summary([0.98, 0.98, 0.1, 0.98]).Variants[0] with { Variant = "b" }]);
        var learned = new ExperimentSummary("demo/v", [Summary(0.98, seeds: 4).Variants[0], Summary([0.98, 0.98, 0.98, 0.98]).Variants[0] with { Variant = "b" }]);
        var withoutFloor = config with { Claims = [config.Claims[0] with { EverySeedAbove = null }] };

        var result = Verifier.Check(config, collapsed, 4).Single();

        Assert.That(Verifier.Check(withoutFloor, collapsed, 4).Single().Outcome, Is.EqualTo(CheckOutcome.Pass), "equal collapsed means satisfy the bounds");
        Assert.That(result.Outcome, Is.EqualTo(CheckOutcome.Fail));
        Assert.That(result.Detail, Does.Contain("4 of 4 seeds of b end at or below 0.5000"));
        Assert.That(Verifier.Check(config, oneSeedCollapsed, 4).Single().Outcome, Is.EqualTo(CheckOutcome.Fail));
        Assert.That(Verifier.Check(config, learned, 4).Single().Outcome, Is.EqualTo(CheckOutcome.Pass));
    }

    [Test]
    public void NoDifferenceClaim_PinnedForItsFloor_StaysAsRecordedOnlyWhileASeedIsStillAtTheFloor()
    {
        var claim = new ClaimConfig { Text = "no difference", Metric = "val_accuracy", Higher = "b", HigherEpoch = 2, Lower = "a", LowerEpoch = 2, Margin = -0.005, MaxDifference = 0.005, EverySeedAbove = 0.5, Observed = 0, ObservedTolerance = 0.02, Reason = "r", Cause = "c" };
        var config = Config(CheckKind.Reproduces) with { Variants = [new VariantConfig { Name = "a" }, new VariantConfig { Name = "b" }], References = [], Claims = [claim] };
        var collapsed = new ExperimentSummary("demo/v", [Summary(0.1, seeds: 4).Variants[0], Summary([0.1, 0.1, 0.1, 0.1]).Variants[0] with { Variant = "b" }]);
        var learned = new ExperimentSummary("demo/v", [Summary(0.98, seeds: 4).Variants[0], Summary([0.98, 0.98, 0.98, 0.98]).Variants[0] with { Variant = "b" }]);

        var asRecorded = Verifier.Check(config, collapsed, 4).Single();
        var changed = Verifier.Check(config, learned, 4).Single();

        Assert.That(asRecorded.Outcome, Is.EqualTo(CheckOutcome.Pass), asRecorded.Detail);
        Assert.That(asRecorded.Detail, Does.Contain("the claim does not hold").And.Contain("4 of 4 seeds of b end at or below 0.5000"));
        Assert.That(changed.Outcome, Is.EqualTo(CheckOutcome.Fail), "the difference is still 0, but no seed sits at the floor any more");
        Assert.That(changed.Detail, Does.Contain("every seed now ends above the floor 0.5000").And.Contain("the claim now holds: update the config"));
    }

    [Test]
    public void Claim_WithoutALowerSide_ComparesTheMeanWithTheThreshold()
    {
        var config = Config(CheckKind.Reproduces) with
        {
            References = [],
            Claims = [new ClaimConfig { Text = "high", Metric = "val_accuracy", Higher = "a", HigherEpoch = 2, Margin = 0.75, Reason = "r" }],
        };

        var holds = Verifier.Check(config, Summary(0.8, seeds: 4), 4).Single();
        var fails = Verifier.Check(config, Summary(0.7, seeds: 4), 4).Single();

        Assert.That(holds.Outcome, Is.EqualTo(CheckOutcome.Pass), holds.Detail);
        Assert.That(holds.Detail, Does.Contain("threshold 0.7500"));
        Assert.That(fails.Outcome, Is.EqualTo(CheckOutcome.Fail));
    }

    [Test]
    public void Claim_WithoutALowerSide_AndAnUpperBound_SaysWhichBoundTheMeanMissed()
    {
        var config = Config(CheckKind.Reproduces) with
        {
            References = [],
            Claims = [new ClaimConfig { Text = "small", Metric = "val_accuracy", Higher = "a", HigherEpoch = 2, Margin = 0, MaxDifference = 1e-6, Reason = "r" }],
        };

        var holds = Verifier.Check(config, Summary(2e-7, seeds: 4), 4).Single();
        var tooLarge = Verifier.Check(config, Summary(2e-6, seeds: 4), 4).Single();

        Assert.That(holds.Outcome, Is.EqualTo(CheckOutcome.Pass), holds.Detail);
        Assert.That(holds.Detail, Is.EqualTo("mean 2.00e-7 is in (0.0000, 1.00e-6]."));
        Assert.That(tooLarge.Outcome, Is.EqualTo(CheckOutcome.Fail));
        Assert.That(tooLarge.Detail, Is.EqualTo("mean 2.00e-6 is not in (0.0000, 1.00e-6]."));
    }

    [TestCase(0.70, CheckOutcome.Pass, TestName = "ClaimDeviation_AsPinned_PassesAsADeviation")]
    [TestCase(0.60, CheckOutcome.Fail, TestName = "ClaimDeviation_MovedAway_Fails")]
    [TestCase(0.80, CheckOutcome.Fail, TestName = "ClaimDeviation_ThatNowHolds_FailsAskingForTheConfig")]
    public void Claim_PinnedAsADeviation_PassesOnlyWhereItWasObserved(double mean, CheckOutcome expected)
    {
        var config = Config(CheckKind.Reproduces) with
        {
            References = [],
            Claims = [new ClaimConfig { Text = "high", Metric = "val_accuracy", Higher = "a", HigherEpoch = 2, Margin = 0.75, Observed = 0.70, ObservedTolerance = 0.02, Reason = "cause" }],
        };

        var result = Verifier.Check(config, Summary(mean, seeds: 4), 4).Single();

        Assert.That(result.Outcome, Is.EqualTo(expected), result.Detail);
        Assert.That(result.Kind, Is.EqualTo(CheckKind.Deviates));
        Assert.That(Verdicts.Of(result, config, dataPresent: true), Is.EqualTo(expected == CheckOutcome.Pass ? Verdict.Deviation : Verdict.Fails));
    }

    [Test]
    public void Summary_DerivesTheGeneralizationGapFromEachRecord()
    {
        var epoch = new KerasNet.Experiments.Records.EpochRecord(1, new Dictionary<string, double> { ["accuracy"] = 0.9, ["val_accuracy"] = 0.85 });

        var derived = DerivedMetrics.WithDerived(epoch);

        Assert.That(derived.Metrics[DerivedMetrics.GeneralizationGap], Is.EqualTo(0.05).Within(1e-12));
        Assert.That(DerivedMetrics.WithDerived(epoch with { Metrics = new Dictionary<string, double> { ["accuracy"] = 0.9 } }).Metrics, Does.Not.ContainKey(DerivedMetrics.GeneralizationGap));
    }

    [TestCase(8, true, CheckOutcome.Pass, TestName = "Pattern_TwoEscapesAtRateAHalf_AreConsistentWithChance")]
    [TestCase(16, true, CheckOutcome.Fail, TestName = "Pattern_TwoEscapesWhereEverySeedCollapsed_AreNotConsistent")]
    [TestCase(16, false, CheckOutcome.Pass, TestName = "Pattern_StatedInconsistent_PassesWhenItIs")]
    public void CollapsePattern_IsJudgedByItsPValue(int collapsedSeeds, bool consistent, CheckOutcome expected)
    {
        var config = PatternConfig(new PatternCheck { Form = "clipped", Consistent = consistent, Reason = "r" });

        var result = Verifier.Check(config, PatternSummary(collapsedSeeds, seeds: 16), requiredSeeds: 16).Single();

        Assert.That(result.Outcome, Is.EqualTo(expected), result.Detail);
        Assert.That(result.Description, Does.Contain($"batch=64 {collapsedSeeds} of 16 collapsed; p = "));
    }

    [Test]
    public void CollapsePattern_WithFewerSeedsThanRequired_IsInconclusive_AndAPinnedDeviationPassesOnlyAtItsValue()
    {
        var check = new PatternCheck { Form = "clipped", Consistent = true, Reason = "r" };

        var few = Verifier.Check(PatternConfig(check), PatternSummary(8, seeds: 15), requiredSeeds: 16).Single();
        var pinned = Verifier.Check(PatternConfig(check with { Observed = 0.0031, ObservedTolerance = 0.001 }), PatternSummary(16, seeds: 16), 16).Single();
        var moved = Verifier.Check(PatternConfig(check with { Observed = 0.0031, ObservedTolerance = 0.001 }), PatternSummary(12, seeds: 16), 16).Single();

        Assert.That(few.Outcome, Is.EqualTo(CheckOutcome.Inconclusive));
        Assert.That(pinned.Outcome, Is.EqualTo(CheckOutcome.Pass), pinned.Detail);
        Assert.That(pinned.Description, Does.Contain("p = 0.0031"), "(1/18)² for two escapes at the smoothed rate 17/18");
        Assert.That(moved.Outcome, Is.EqualTo(CheckOutcome.Fail), moved.Detail);
    }

    [TestCase(15, false, true, CheckOutcome.Pass, TestName = "PublishedRun_AnEscapeOneOf16SeedsShared_IsConsistentWithChance")]
    [TestCase(16, false, true, CheckOutcome.Fail, TestName = "PublishedRun_AnEscapeNoSeedShared_IsNotConsistent")]
    [TestCase(0, true, false, CheckOutcome.Pass, TestName = "PublishedRun_ACollapseStatedInconsistent_PassesWhenNoSeedCollapsed")]
    [TestCase(1, true, false, CheckOutcome.Fail, TestName = "PublishedRun_ACollapseStatedInconsistent_FailsWhenOneSeedCollapsed")]
    public void PublishedRun_IsJudgedByItsOutcomesUnsmoothedProbability(int collapsedSeeds, bool collapsed, bool consistent, CheckOutcome expected)
    {
        var config = RunConfig(collapsed, new PatternCheck { Form = "clipped", Consistent = consistent, Reason = "r" });

        var result = Verifier.Check(config, PatternSummary(collapsedSeeds, seeds: 16), requiredSeeds: 16).Single();

        int same = collapsed ? collapsedSeeds : 16 - collapsedSeeds;
        Assert.That(result.Outcome, Is.EqualTo(expected), result.Detail);
        Assert.That(result.Description, Does.Contain($"{same} of 16 seeds of clipped,batch=64 {(collapsed ? "collapsed" : "escaped")} too; P = "));
    }

    [Test]
    public void PublishedRun_WithFewerSeedsThanRequired_IsInconclusive_AndAPinnedDeviationPassesOnlyAtItsValue()
    {
        var check = new PatternCheck { Form = "clipped", Consistent = true, Reason = "r", Observed = 0, ObservedTolerance = 0.01 };

        var few = Verifier.Check(RunConfig(false, check), PatternSummary(8, seeds: 15), requiredSeeds: 16).Single();
        var pinned = Verifier.Check(RunConfig(false, check), PatternSummary(16, seeds: 16), 16).Single();
        var moved = Verifier.Check(RunConfig(false, check), PatternSummary(15, seeds: 16), 16).Single();

        Assert.That(few.Outcome, Is.EqualTo(CheckOutcome.Inconclusive));
        Assert.That(pinned.Outcome, Is.EqualTo(CheckOutcome.Pass), pinned.Detail);
        Assert.That(pinned.Description, Does.Contain("deviation pinned at P = 0.0000"));
        Assert.That(moved.Outcome, Is.EqualTo(CheckOutcome.Fail), "one escape among 16 moves P to 0.0625: " + moved.Detail);
    }

    private static ExperimentConfig RunConfig(bool collapsed, PatternCheck check)
    {
        var config = PatternConfig(check);
        return config with
        {
            CollapseRate = config.CollapseRate! with { Checks = [], Pattern = [new PublishedRun("batch=64", collapsed, "t") { Checks = [check] }] },
        };
    }

    private static ExperimentConfig PatternConfig(PatternCheck check) => new()
    {
        Name = "demo/rate",
        Kind = ExperimentKinds.ImageClassification,
        Section = "s",
        Description = "d",
        Dataset = "fashion-mnist",
        Training = new TrainingSettings { Epochs = 2 },
        Variants = [new VariantConfig { Name = "clipped,batch=64" }],
        CollapseRate = new CollapseRateSettings
        {
            Metric = "val_accuracy",
            Epoch = 2,
            Threshold = 0.15,
            Forms = ["clipped"],
            Pattern = [new PublishedRun("batch=64", false, "t"), new PublishedRun("batch=64", false, "t")],
            Checks = [check],
        },
    };

    private static ExperimentSummary PatternSummary(int collapsed, int seeds) =>
        Summary([.. Enumerable.Range(0, seeds).Select(i => i < collapsed ? 0.1 : 0.85)], variant: "clipped,batch=64");

    private static ExperimentConfig Config(CheckKind kind) => new()
    {
        Name = "demo/v",
        Kind = ExperimentKinds.ImageClassification,
        Section = "s",
        Description = "d",
        Dataset = "fashion-mnist",
        Training = new TrainingSettings { Epochs = 2 },
        Variants = [new VariantConfig { Name = "a" }],
        References =
        [
            kind switch
            {
                CheckKind.Deviates => new ReferenceValue { Variant = "a", Metric = "val_accuracy", Epoch = 2, Value = 0.8, Source = "t", Check = kind, Tolerance = 0.01, Observed = 0.7, ObservedTolerance = 0.02, Reason = "r" },
                CheckKind.Collapses => new ReferenceValue { Variant = "a", Metric = "val_accuracy", Epoch = 2, Value = 0.1, Source = "t", Check = kind, Tolerance = 0.05, CollapsedSeeds = 1, Reason = "r" },
                _ => new ReferenceValue { Variant = "a", Metric = "val_accuracy", Epoch = 2, Value = 0.8, Source = "t", Check = kind, Tolerance = 0.01, Reason = "r" },
            },
        ],
    };

    private static ExperimentSummary Summary(IReadOnlyList<double> finalValues, string variant = "a") => new("demo/v",
    [
        new VariantSummary(variant, Enumerable.Range(1, finalValues.Count).ToList(), [], new Dictionary<string, IReadOnlyList<CurveStatistics>>
        {
            ["val_accuracy"] = [CurveStatistics.Of(1, Enumerable.Repeat(0.1, finalValues.Count).ToList()), CurveStatistics.Of(2, finalValues)],
        }),
    ]);

    private static ExperimentSummary Summary(double mean, int seeds, double firstEpoch = 0.5) => new("demo/v",
    [
        new VariantSummary("a", Enumerable.Range(1, seeds).ToList(), [], new Dictionary<string, IReadOnlyList<CurveStatistics>>
        {
            ["val_accuracy"] = [CurveStatistics.Of(1, Enumerable.Repeat(firstEpoch, seeds).ToList()), CurveStatistics.Of(2, Enumerable.Repeat(mean, seeds).ToList())],
        }),
    ]);
}
