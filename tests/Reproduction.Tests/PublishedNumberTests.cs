using KerasNet.Data;
using KerasNet.Experiments.Verification;

namespace KerasNet.Reproduction.Tests;

/// <summary>
/// Every reference number and claim of every config, checked on the committed, seed-averaged records.
/// Each case is named by what it checks and what was found, so a failure reads as a sentence. Missing
/// records or data make a case inconclusive, never a pass.
/// </summary>
public sealed class PublishedNumberTests
{
    public static IEnumerable<TestCaseData> Checks()
    {
        foreach (var experiment in Repository.Experiments())
        {
            var summary = Repository.Summary(experiment);
            bool dataMissing = summary.Variants.Count == 0 && new DatasetStore().Check(experiment.Dataset).State != DatasetState.Verified;
            foreach (var check in Verifier.Check(experiment.Config, summary, Repository.RequiredSeeds))
            {
                yield return new TestCaseData(check, dataMissing).SetName(check.Description.Replace('.', '·').Replace('(', '[').Replace(')', ']'));
            }
        }
    }

    [TestCaseSource(nameof(Checks))]
    public void Check(CheckResult check, bool dataMissing)
    {
        ArgumentNullException.ThrowIfNull(check);
        switch (check.Outcome)
        {
            case CheckOutcome.Inconclusive:
                Assert.Inconclusive(dataMissing ? $"not verified: data missing. {check.Detail}" : $"not verified: {check.Detail}");
                break;
            case CheckOutcome.Fail:
                Assert.Fail(check.Detail);
                break;
            default:
                Assert.Pass(check.Detail);
                break;
        }
    }
}
