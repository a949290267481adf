using KerasNet.Data;
using KerasNet.Experiments;
using KerasNet.Experiments.Verification;

namespace KerasNet.Reproduce;

/// <summary><c>reproduce verify</c>: the verdict of every check against the committed records.</summary>
public static class VerifyCommand
{
    /// <summary>Checks experiments against their references; exit code 1 when a check fails.</summary>
    public static int Execute(IReadOnlyList<string> arguments, Workspace workspace, DatasetStore store, TextWriter output)
    {
        var names = new List<string>();
        string results = workspace.Results;
        bool strict = false;
        for (int i = 0; i < arguments.Count; i++)
        {
            switch (arguments[i])
            {
                case "--strict":
                    strict = true;
                    break;
                case "--results" when i + 1 < arguments.Count:
                    results = Path.GetFullPath(arguments[++i]);
                    break;
                case "--results":
                    throw new UsageException("--results needs a folder.");
                case { } option when option.StartsWith("--", StringComparison.Ordinal):
                    throw new UsageException($"verify: unknown option '{option}'; options: --results DIR, --strict.");
                default:
                    names.Add(arguments[i]);
                    break;
            }
        }

        if (!Directory.Exists(results))
        {
            throw new UsageException($"verify: results folder '{results}' does not exist.");
        }

        bool failed = false;
        foreach (string name in names.Count > 0 ? names : ExperimentRegistry.Names(workspace.Configs))
        {
            var experiment = ExperimentRegistry.Create(name, workspace.Configs);
            var seeds = experiment.Config.SeedsOr(workspace.Seeds.Seeds);
            var summary = experiment.Summary(results, seeds);
            bool dataPresent = store.Check(experiment.Dataset).State == DatasetState.Verified;
            var checks = Verifier.Check(experiment.Config, summary, seeds.Count);
            foreach (var check in checks)
            {
                var verdict = Verdicts.Of(check, experiment.Config, dataPresent);
                output.WriteLine($"{Label(verdict),-13} {check.Description} — {check.Detail}");
                failed |= Verdicts.Fails(verdict, strict);
            }

            if (Verdicts.StalePending(experiment.Config, checks) is { } stale)
            {
                output.WriteLine($"{Label(Verdict.Fails),-13} {stale}");
                failed = true;
            }
        }

        return failed ? 1 : 0;
    }

    private static string Label(Verdict verdict) => verdict switch
    {
        Verdict.Reproduces => "pass",
        Verdict.Deviation => "deviation",
        Verdict.Fails => "FAIL",
        Verdict.DataMissing => "data missing",
        Verdict.Pending => "pending",
        _ => "INCONCLUSIVE",
    };
}
