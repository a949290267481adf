using KerasNet.Experiments.Configuration;

namespace KerasNet.Experiments.Verification;

/// <summary>Turns check outcomes into verdicts, telling missing data and declared pending runs from missing records.</summary>
public static class Verdicts
{
    /// <summary>The verdict of one check of <paramref name="config"/>.</summary>
    /// <param name="check">The check's outcome.</param>
    /// <param name="config">The experiment's config (for its pending reason).</param>
    /// <param name="dataPresent">Whether the experiment's dataset is on this machine, verified.</param>
    public static Verdict Of(CheckResult check, ExperimentConfig config, bool dataPresent)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(config);
        return check.Outcome switch
        {
            CheckOutcome.Fail => Verdict.Fails,
            CheckOutcome.Pass => check.Kind is CheckKind.Deviates ? Verdict.Deviation : Verdict.Reproduces,
            _ when !dataPresent => Verdict.DataMissing,
            _ when config.Pending is not null => Verdict.Pending,
            _ => Verdict.Inconclusive,
        };
    }

    /// <summary>
    /// A problem with a config's pending reason: it is set although every check is conclusive (the experiment has run), or
    /// null when there is none.
    /// </summary>
    public static string? StalePending(ExperimentConfig config, IReadOnlyList<CheckResult> checks)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(checks);
        return config.Pending is not null && checks.Count > 0 && checks.All(c => c.Outcome != CheckOutcome.Inconclusive)
            ? $"{config.Name} is marked pending ('{config.Pending}') but every check is conclusive: remove 'pending' from its config."
            : null;
    }

    /// <summary>Whether a verdict fails verification; inconclusive fails only when <paramref name="strict"/>.</summary>
    public static bool Fails(Verdict verdict, bool strict) => verdict == Verdict.Fails || (strict && verdict == Verdict.Inconclusive);
}
