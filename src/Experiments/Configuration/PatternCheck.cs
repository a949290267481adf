namespace KerasNet.Experiments.Configuration;

/// <summary>
/// A checkable statement of a collapse-rate experiment: whether the report's published runs
/// (<see cref="CollapseRateSettings.Pattern"/>, in <see cref="CollapseRateSettings.Checks"/>) or one of them
/// (<see cref="PublishedRun.Checks"/>) are what chance gives under one loss form's measured collapse rates.
/// The pattern's test: each published run collapses independently with its setting's rate, smoothed by the rule of
/// succession ((collapsed + 1) / (seeds + 2), so a rate measured as 0 or 1 makes no outcome impossible); the p-value is
/// the total probability of every outcome pattern no more likely than the published one. A single run's test: the
/// probability of its outcome under the unsmoothed rate. "Consistent with chance" is p ≥ <see cref="Alpha"/>.
/// </summary>
public sealed record PatternCheck
{
    /// <summary>The loss form whose rates are tested, one of <see cref="CollapseRateSettings.Forms"/>.</summary>
    public required string Form { get; init; }

    /// <summary>The statement: the published runs are consistent with chance under this form (true) or not (false).</summary>
    public required bool Consistent { get; init; }

    /// <summary>The significance level. The default value is 0.05.</summary>
    public double Alpha { get; init; } = 0.05;

    /// <summary>Why this statement is expected, written before the experiment's first run.</summary>
    public required string Reason { get; init; }

    /// <summary>For a statement that did not hold: the p-value (a single run's probability) observed (pinned like a deviating number), with <see cref="ObservedTolerance"/>.</summary>
    public double? Observed { get; init; }

    /// <summary>How far the p-value may move from <see cref="Observed"/> and still be the recorded deviation.</summary>
    public double? ObservedTolerance { get; init; }
}
