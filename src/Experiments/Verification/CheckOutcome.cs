namespace KerasNet.Experiments.Verification;

/// <summary>The verdict of one check.</summary>
public enum CheckOutcome
{
    /// <summary>The check holds (a reproduced number, a still-true deviation, or a claim).</summary>
    Pass,

    /// <summary>The check does not hold.</summary>
    Fail,

    /// <summary>It cannot be decided: no records, or fewer seeds than required (never counted as a pass).</summary>
    Inconclusive,
}
