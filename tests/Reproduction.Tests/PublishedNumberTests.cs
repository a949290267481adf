using KerasNet.Data;
using KerasNet.Experiments.Verification;

namespace KerasNet.Reproduction.Tests;

/// <summary>
/// Every reference number and claim of every config, checked on the committed, seed-averaged records, strictly: each
/// case is named by what it checks and what was found, so a failure reads as a sentence. Missing records fail when the
/// dataset is present, unless the config says why the experiment is still pending; without the data a case is skipped
/// as "data missing", never passed.
/// </summary>
public sealed class PublishedNumberTests
{
    public static IEnumerable<TestCaseData> Checks()
    {
        var store = new DatasetStore();
        foreach (var experiment in Repository.Experiments())
        {
            bool dataPresent = store.Check(experiment.Dataset).State == DatasetState.Verified;
            var checks = Verifier.Check(experiment.Config, Repository.Summary(experiment), experiment.Config.SeedsOr(Repository.Seeds).Count);
            foreach (var check in checks)
            {
                yield return new TestCaseData(check, Verdicts.Of(check, experiment.Config, dataPresent), experiment.Config.Pending)
                    .SetName(check.Description.Replace('.', '·').Replace('(', '[').Replace(')', ']'));
            }

            if (Verdicts.StalePending(experiment.Config, checks) is { } stale)
            {
                yield return new TestCaseData(new CheckResult($"{experiment.Name} pending marker", CheckOutcome.Fail, stale, null), Verdict.Fails, null)
                    .SetName($"{experiment.Name} is not pending any more");
            }
        }
    }

    [TestCaseSource(nameof(Checks))]
    public void Check(CheckResult check, Verdict verdict, string? pending)
    {
        ArgumentNullException.ThrowIfNull(check);
        switch (verdict)
        {
            case Verdict.DataMissing:
                Assert.Inconclusive($"not verified: data missing. {check.Detail}");
                break;
            case Verdict.Pending:
                Assert.Inconclusive($"not verified: pending ({pending}). {check.Detail}");
                break;
            case Verdict.Inconclusive:
                Assert.Fail($"not verified although the data are present: {check.Detail}");
                break;
            case Verdict.Fails:
                Assert.Fail(check.Detail);
                break;
            default:
                Assert.Pass(check.Detail);
                break;
        }
    }
}
