using KerasNet.Experiments;
using KerasNet.Experiments.Records;
using KerasNet.Experiments.Verification;

namespace KerasNet.Reproduction.Tests;

/// <summary>
/// The number guard that holds on every machine: each training set-up's short float64 run is recomputed and must give
/// the committed losses (<c>results/number-guard.json</c>) within <see cref="NumberGuard.RelativeTolerance"/>, whatever
/// the CPU. No dataset is needed, so it also guards the experiments whose data are missing here.
/// </summary>
[NonParallelizable]
public sealed class NumberGuardTests
{
    private static readonly Lazy<NumberGuardFile> Committed = new(() => NumberGuard.Read(Path.Combine(Repository.Results, NumberGuard.FileName)));

    public static IEnumerable<TestCaseData> Setups() =>
        NumberGuard.Setups(Repository.Experiments()).Select(s => new TestCaseData(s.Experiment.Name, s.Variant.Name)
            .SetName($"{s.Experiment.Name} {s.Variant.Name}: float64 guard losses reproduce"));

    [Test]
    public void GuardFile_IsOfTheCurrentNumbersVersion_AndCoversExactlyTheCurrentSetups()
    {
        var setups = NumberGuard.Setups(Repository.Experiments()).Select(s => $"{s.Experiment.Name} {s.Variant.Name}");

        Assert.That(Committed.Value.NumbersVersion, Is.EqualTo(NumbersVersion.Current), "run 'reproduce guard --write' after raising NumbersVersion.Current");
        Assert.That(Committed.Value.Values.Select(v => $"{v.Experiment} {v.Variant}"), Is.EqualTo(setups), "run 'reproduce guard --write' after adding or changing a set-up");
    }

    [TestCaseSource(nameof(Setups))]
    public void GuardLosses_AreReproduced(string experimentName, string variantName)
    {
        var experiment = ExperimentRegistry.Create(experimentName, Repository.Configs);
        var committed = Committed.Value.Values.FirstOrDefault(v => v.Experiment == experimentName && v.Variant == variantName);
        Assert.That(committed, Is.Not.Null, "no committed guard value: run 'reproduce guard --write'");

        var recomputed = NumberGuard.Compute(experiment, experiment.Config.Variant(variantName));

        Assert.That(NumberGuard.Difference(committed!, recomputed), Is.Null);
    }
}
