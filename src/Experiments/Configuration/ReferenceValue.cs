namespace KerasNet.Experiments.Configuration;

/// <summary>A number the reproduction is checked against: a report's published value or a stated expectation.</summary>
public sealed record ReferenceValue
{
    /// <summary>The variant it belongs to.</summary>
    public required string Variant { get; init; }

    /// <summary>The logged metric, e.g. <c>val_accuracy</c>.</summary>
    public required string Metric { get; init; }

    /// <summary>The 1-based epoch it was read at.</summary>
    public required int Epoch { get; init; }

    /// <summary>The value.</summary>
    public required double Value { get; init; }

    /// <summary>Where the value comes from (a report's table, or "demonstration expectation").</summary>
    public required string Source { get; init; }

    /// <summary>Reproduces or deviates.</summary>
    public required CheckKind Check { get; init; }

    /// <summary>Absolute tolerance around the value.</summary>
    public required double Tolerance { get; init; }

    /// <summary>
    /// For a deviation: the seed mean our runs reach (the deviation pinned to what was observed), so that the check
    /// fails when the behaviour changes in either direction; required with <c>deviates</c>.
    /// </summary>
    public double? Observed { get; init; }

    /// <summary>For a deviation: how far the seed mean may lie from <see cref="Observed"/>; required with it.</summary>
    public double? ObservedTolerance { get; init; }

    /// <summary>
    /// For a collapse: how many seeds end within <see cref="Tolerance"/> of <see cref="Value"/>, as observed; required
    /// with <c>collapses</c>, so that fewer or more collapsing seeds fail the check.
    /// </summary>
    public int? CollapsedSeeds { get; init; }

    /// <summary>For a deviation: its cause in one line (≤ 160 characters), for the report's summary; required with <c>deviates</c>.</summary>
    public string? Cause { get; init; }

    /// <summary>Why the tolerance is what it is, or why the number deviates.</summary>
    public required string Reason { get; init; }
}
