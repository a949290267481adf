namespace KerasNet.Experiments.Configuration;

/// <summary>
/// A qualitative claim as a relation between seed means: the mean of <see cref="Metric"/> at
/// <see cref="HigherEpoch"/> for <see cref="Higher"/> exceeds that of <see cref="Lower"/> at <see cref="LowerEpoch"/> by more than <see cref="Margin"/>.
/// The same variant on both sides with different epochs states "rises from epoch a to b". Without
/// <see cref="Lower"/>, the claim is absolute: the mean exceeds <see cref="Margin"/> itself (e.g. "the gap between
/// training and test accuracy is above 0.1").
/// </summary>
public sealed record ClaimConfig
{
    /// <summary>The claim in words, as the report makes it.</summary>
    public required string Text { get; init; }

    /// <summary>The logged metric compared.</summary>
    public required string Metric { get; init; }

    /// <summary>The variant whose mean should be higher.</summary>
    public required string Higher { get; init; }

    /// <summary>The epoch read for <see cref="Higher"/>.</summary>
    public required int HigherEpoch { get; init; }

    /// <summary>The variant whose mean should be lower; none for an absolute claim.</summary>
    public string? Lower { get; init; }

    /// <summary>The epoch read for <see cref="Lower"/>; required with it.</summary>
    public int? LowerEpoch { get; init; }

    /// <summary>The margin the difference must exceed; never 0 for a comparison, so that noise is not called a difference.</summary>
    public required double Margin { get; init; }

    /// <summary>
    /// For a two-sided claim, the most the difference may be ("only marginally worse": worse, but by less than m, is
    /// <c>margin</c> −m with <c>maxDifference</c> 0); one-sided when absent.
    /// </summary>
    public double? MaxDifference { get; init; }

    /// <summary>
    /// "Significant" as the seeds can tell it: every bound (<see cref="Margin"/>, <see cref="MaxDifference"/>) is widened
    /// away from zero to at least this many standard errors of the difference of the two seed means
    /// (√(s²/n + s²/n) over the two variants' seeds; of the one mean for an absolute claim). A claim of a significant
    /// difference then needs more than both the margin and z standard errors; a claim of no significant difference
    /// holds within either. No widening when absent.
    /// </summary>
    public double? StandardErrors { get; init; }

    /// <summary>
    /// Every seed of both sides must end above this value, or the claim fails: a comparison says nothing about runs that
    /// did not learn (collapsed to one class), and their noise would make "no significant difference" hold for the
    /// wrong reason. No floor when absent.
    /// </summary>
    public double? EverySeedAbove { get; init; }

    /// <summary>
    /// For a claim that does not hold in our runs (found after they ran; the margin stays as set before): the difference
    /// they reach, with <see cref="ObservedTolerance"/>; the check then passes as a recorded deviation while the difference
    /// stays there and fails if it moves. <see cref="Reason"/> gives the cause found. Null for a claim expected to hold.
    /// </summary>
    public double? Observed { get; init; }

    /// <summary>How far the difference may move from <see cref="Observed"/>; required with it.</summary>
    public double? ObservedTolerance { get; init; }

    /// <summary>For a deviation: its cause in one line (≤ 160 characters), for the report's summary; required with <see cref="Observed"/>.</summary>
    public string? Cause { get; init; }

    /// <summary>Why this margin.</summary>
    public required string Reason { get; init; }
}
