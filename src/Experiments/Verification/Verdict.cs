namespace KerasNet.Experiments.Verification;

/// <summary>What a check says about a published number or claim, as the report and strict verification read it.</summary>
public enum Verdict
{
    /// <summary>Reproduces within its tolerance (or the claim holds).</summary>
    Reproduces,

    /// <summary>A recorded deviation that still shows exactly as pinned.</summary>
    Deviation,

    /// <summary>The check failed: the numbers changed or do not reproduce.</summary>
    Fails,

    /// <summary>Not enough records although the data are present: a failure under strict verification.</summary>
    Inconclusive,

    /// <summary>Not enough records because the dataset is not on this machine.</summary>
    DataMissing,

    /// <summary>Not enough records, and the config says why the experiment has not run yet.</summary>
    Pending,
}
